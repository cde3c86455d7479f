export interface Customer {
  id: string;
  name: string;
  phone: string;
  tier: "basic" | "gold";
}
