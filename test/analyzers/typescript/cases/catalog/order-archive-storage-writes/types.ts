export interface Order {
  id: string;
  status: "placed" | "shipped" | "delivered";
  totalCents: number;
  shippingAddress: string;
  cardNumber: string;
  cardLast4: string;
}
