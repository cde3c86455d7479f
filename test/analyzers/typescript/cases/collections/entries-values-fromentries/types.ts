export interface Account {
  id: string;
  email: string;
  phone: string;
  plan: "free" | "pro";
  country: string;
}
