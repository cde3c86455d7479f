import type { Member } from "./types.js";

export type Offer = "senior-discount" | "wellness-plan" | "standard";

export function isAdult(member: Member, today = new Date()): boolean {
  const born = new Date(member.birthDate);
  return today.getFullYear() - born.getFullYear() >= 18;
}

export function offerFor(member: Member): Offer {
  if (new Date(member.birthDate).getFullYear() < 1960) return "senior-discount";
  if (member.conditions.some((code) => code.startsWith("E11"))) return "wellness-plan";
  return "standard";
}

export function riskTier(member: Member): number {
  let tier = 0;
  for (const code of member.conditions) {
    if (code.startsWith("I")) tier++;
  }
  return tier;
}
