export interface PaymentDetails {
  cardNumber: string;
  last4: string;
}

export interface Order {
  id: string;
  couponCode: string;
  payment: PaymentDetails;
}
