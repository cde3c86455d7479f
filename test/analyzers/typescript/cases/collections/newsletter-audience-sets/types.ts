export interface Subscriber {
  id: string;
  email: string;
  plan: "free" | "pro" | "team";
  optedIn: boolean;
}
