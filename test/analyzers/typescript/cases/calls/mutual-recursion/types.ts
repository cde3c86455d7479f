export interface Card {
  cardNumber: string;
  last4: string;
  holder: string;
}

export interface LedgerEntry {
  id: string;
  amount: number;
  card: Card;
  next?: LedgerEntry;
}
