export interface Profile {
  id: string;
  religion: string;
  city: string;
  plan: "free" | "plus" | "premium";
}
