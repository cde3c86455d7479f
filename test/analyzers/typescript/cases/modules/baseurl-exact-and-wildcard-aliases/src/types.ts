export interface Card {
  cardNumber: string;
  last4: string;
  brand: string;
}

export interface Customer {
  id: string;
  email: string;
  card: Card;
}
