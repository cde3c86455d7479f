export interface Customer {
  id: string;
  name: string;
  email: string;
}

export interface StoredCard {
  id: string;
  brand: string;
  pan: string;
  last4: string;
}

export interface Invoice {
  id: string;
  amountDue: number;
  currency: string;
}
