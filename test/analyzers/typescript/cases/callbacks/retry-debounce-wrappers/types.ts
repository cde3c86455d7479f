export interface Customer {
  id: string;
  email: string;
  phone: string;
  lifetimeValue: number;
}
