export interface Shopper {
  id: string;
  email: string;
  postcode: string;
  orderCount: number;
}

export interface Cart {
  items: Array<{ sku: string; quantity: number }>;
  totalCents: number;
}
