export interface Account {
  id: string;
  email: string;
  phone: string;
  loginCount: number;
  plan: "free" | "pro";
}
