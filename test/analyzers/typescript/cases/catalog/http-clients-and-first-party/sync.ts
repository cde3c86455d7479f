import axios from "axios";
import { accountsApi, crm } from "./http.js";
import type { Account } from "./types.js";

const WEBHOOK_URL = "https://hooks.partner-crm.com/accounts";

export async function syncAccount(account: Account, region: string): Promise<void> {
  await fetch("/api/accounts/sync", { method: "POST", body: JSON.stringify({ email: account.email }) });
  await fetch(`https://mail.internal.heartline.app/verify?email=${account.email}`);
  await accountsApi.post("/accounts", { email: account.email });
  await axios.post("/internal/accounts", { email: account.email });

  await fetch(WEBHOOK_URL, { method: "POST", body: JSON.stringify({ email: account.email }) });
  await crm.post("/contacts", { email: account.email });
  await axios.put(`https://${region}.partner-crm.com/contacts`, { email: account.email });
  await axios.post("https://api.partner-crm.com/ping", { id: account.id });
}
