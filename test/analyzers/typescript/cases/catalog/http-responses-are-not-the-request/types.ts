export interface Account {
  id: string;
  email: string;
  plan: "free" | "pro";
}

export interface PartnerCustomer {
  customerId: string;
  status: "active" | "pending";
}
