export interface Card {
  cardNumber: string;
  last4: string;
}

export interface Payment {
  id: string;
  amount: number;
  card: Card;
}
