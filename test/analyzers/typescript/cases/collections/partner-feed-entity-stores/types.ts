export interface Customer {
  id: string;
  email: string;
  country: string;
}

export interface Product {
  id: string;
  title: string;
  priceCents: number;
}

export interface OrderContact {
  id: string;
  email: string;
  country: string;
}
