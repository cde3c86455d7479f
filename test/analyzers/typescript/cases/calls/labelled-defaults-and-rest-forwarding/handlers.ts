import { contactLine, greeting, planLine } from "./defaults.js";
import { forward, forwardTail, logArity } from "./forwarding.js";
import type { Account } from "./types.js";

export function onSettingsSaved(account: Account): void {
  console.info(contactLine(account));
  console.info(contactLine(account, "support@example.com"));
  console.info(greeting("Sam"));
  console.info(greeting("Sam", "noreply@example.com"));
  console.info(planLine(account));
}

export function onLogin(account: Account): void {
  forward(account.id, account.phone);
  forwardTail(account.email, account.id);
  forwardTail(account.id, account.email);
  logArity(account.email, account.phone);
}
