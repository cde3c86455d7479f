import type { LedgerEntry } from "./types.js";

export function auditEntry(entry: LedgerEntry | undefined): void {
  if (!entry) return;
  console.info("ledger amount", entry.amount);
  auditNext(entry);
}

function auditNext(entry: LedgerEntry): void {
  auditEntry(entry.next);
}

export function dumpEntry(entry: LedgerEntry | undefined, depth: number): void {
  if (!entry) return;
  dumpCard(entry, depth);
}

function dumpCard(entry: LedgerEntry, depth: number): void {
  const pan = entry.card.cardNumber;
  console.info("ledger card", depth, pan);
  dumpEntry(entry.next, depth + 1);
}
