export interface PaymentMethod {
  id: string;
  cardNumber: string;
  brand: "visa" | "mastercard" | "amex";
  expiry: string;
  holderName: string;
}
