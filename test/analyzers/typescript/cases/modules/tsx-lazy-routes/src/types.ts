export interface Account {
  id: string;
  name: string;
  billingEmail: string;
}
