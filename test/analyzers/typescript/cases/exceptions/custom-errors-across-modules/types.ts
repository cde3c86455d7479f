export interface Card {
  cardNumber: string;
  last4: string;
  expiry: string;
}

export interface Payment {
  id: string;
  amount: number;
  card: Card;
}
