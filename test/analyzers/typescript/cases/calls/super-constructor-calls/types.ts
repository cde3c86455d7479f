export interface Account {
  id: string;
  email: string;
  displayName: string;
  plan: "free" | "pro";
}
