import type { Account } from "./types.js";

export function validateEmail(account: Account): void {
  if (!account.email.includes("@")) {
    throw new Error(`invalid e-mail address ${account.email}`);
  }
}

export function validatePlan(account: Account): void {
  if (account.plan !== "free" && account.plan !== "pro") {
    throw new Error(`unknown plan for ${account.id}`);
  }
}
