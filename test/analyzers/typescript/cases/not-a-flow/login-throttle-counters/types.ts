export interface Account {
  id: string;
  email: string;
  plan: "free" | "pro";
}
