export interface Member {
  id: string;
  plan: "free" | "plus" | "family";
  birthDate: string;
  conditions: string[];
  country: string;
}
