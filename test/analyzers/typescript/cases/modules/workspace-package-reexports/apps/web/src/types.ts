export interface Member {
  id: string;
  email: string;
  plan: "free" | "team";
}
