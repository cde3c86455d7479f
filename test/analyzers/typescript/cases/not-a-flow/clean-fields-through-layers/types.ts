export interface Account {
  id: string;
  email: string;
  ssn: string;
  plan: "free" | "pro";
  createdAt: string;
}

export interface AccountSummary {
  id: string;
  plan: string;
  tenureDays: number;
}
