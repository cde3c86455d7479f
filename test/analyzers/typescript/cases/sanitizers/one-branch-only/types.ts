export interface PaymentMethod {
  id: string;
  cardNumber: string;
  brand: string;
  isDefault: boolean;
}
