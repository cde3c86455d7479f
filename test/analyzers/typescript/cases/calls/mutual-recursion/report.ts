import { Analytics } from "./analytics.js";
import { creditTrail, debitTrail, holderA, maskedChain, rawChain } from "./trails.js";
import type { LedgerEntry } from "./types.js";

export function reportLedger(analytics: Analytics, head: LedgerEntry): void {
  analytics.capture("ledger_debits", debitTrail(head, ""));
  analytics.capture("ledger_credits", creditTrail(head, ""));
  analytics.capture("ledger_masked", maskedChain(head, []));
  analytics.capture("ledger_raw", rawChain(head, []));
  analytics.capture("ledger_holders", holderA(head));
}
