import type { Account } from "./types.js";

export function makeReminder(account: Account): () => void {
  const address = account.email;
  return () => {
    console.info("reminder queued for", address);
  };
}

export function makePlanReminder(account: Account): () => void {
  const plan = account.plan;
  return () => {
    console.info("plan reminder", plan);
  };
}
