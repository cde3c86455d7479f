import { ImportError } from "./errors.js";
import type { Account } from "./types.js";
import { validateEmail, validatePlan } from "./validation.js";

let failures = 0;

export function importAccount(account: Account): void {
  try {
    validateEmail(account);
  } catch (error) {
    throw new ImportError(`import of ${account.id} failed`, { cause: error });
  }
}

export function checkAccount(account: Account): void {
  try {
    validatePlan(account);
    validateEmail(account);
  } catch (error) {
    failures++;
    throw error;
  } finally {
    console.info("checked accounts, failures so far", failures);
  }
}

export function syncAccount(account: Account, push: (value: string) => void): void {
  let stage = "start";
  const contact = account.phone;
  try {
    stage = "push";
    push(contact);
    stage = "done";
  } finally {
    console.info("sync finished at stage", stage);
    console.info("sync contact", contact);
  }
}
