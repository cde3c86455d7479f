import { Member } from "./Member.js";
import type { Preferences } from "./Preferences.js";

export async function updateMember(member: Member, actorId: string, religion: string): Promise<Member> {
  member.religion = religion;
  return member.saveWithAudit(actorId);
}

export async function updatePreferences(preferences: Preferences, actorId: string): Promise<Preferences> {
  return preferences.saveWithAudit(actorId);
}
