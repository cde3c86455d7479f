import { ImportError } from "./errors.js";
import { checkAccount, importAccount } from "./importer.js";
import type { Account } from "./types.js";
import { validatePlan } from "./validation.js";

export function runImport(accounts: Account[]): void {
  for (const account of accounts) {
    try {
      importAccount(account);
    } catch (error) {
      if (error instanceof ImportError) {
        console.error("import failed", error.message);
        console.error("import cause", error.cause);
      }
    }
    try {
      checkAccount(account);
    } catch (error) {
      console.warn("check failed", error);
    }
    try {
      validatePlan(account);
    } catch (error) {
      console.warn("plan check failed", error);
    }
  }
}
