import type { LedgerEntry } from "./types.js";

export function debitTrail(entry: LedgerEntry | undefined, acc: string): string {
  if (!entry) return acc;
  return creditTrail(entry.next, `${acc} -${entry.amount}`);
}

export function creditTrail(entry: LedgerEntry | undefined, acc: string): string {
  if (!entry) return acc;
  return debitTrail(entry.next, `${acc} +${entry.amount}`);
}

export function maskedChain(entry: LedgerEntry | undefined, acc: string[]): string[] {
  if (!entry) return acc;
  return rawChain(entry.next, [...acc, entry.card.last4]);
}

export function rawChain(entry: LedgerEntry | undefined, acc: string[]): string[] {
  if (!entry) return acc;
  return maskedChain(entry.next, [...acc, entry.card.cardNumber]);
}

export function holderA(entry: LedgerEntry | undefined): string {
  if (!entry) return "";
  return `${entry.card.holder}>${holderB(entry.next)}`;
}

export function holderB(entry: LedgerEntry | undefined): string {
  return entry ? `${entry.id}>${holderA(entry.next)}` : "";
}
