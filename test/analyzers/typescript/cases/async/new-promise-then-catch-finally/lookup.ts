import type { Account } from "./types.js";

export function lookupEmail(accounts: Map<string, Account>, id: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const account = accounts.get(id);
    if (!account) {
      reject(new Error(`no account ${id}`));
      return;
    }
    resolve(account.email);
  });
}

export function lookupPlan(accounts: Map<string, Account>, id: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const account = accounts.get(id);
    if (account) resolve(account.plan);
    else reject(new Error(`no plan for ${id}`));
  });
}

export function verifyPhone(account: Account): Promise<boolean> {
  return new Promise((resolve, reject) => {
    if (account.phone.startsWith("+")) {
      resolve(true);
    } else {
      reject(new Error(`invalid phone number ${account.phone}`));
    }
  });
}
