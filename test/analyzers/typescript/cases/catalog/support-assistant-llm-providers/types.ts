export interface Customer {
  id: string;
  name: string;
  email: string;
  shippingAddress: string;
  tier: "standard" | "premium";
}
