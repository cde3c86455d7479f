export interface Account {
  id: string;
  email: string;
  phone: string;
  displayName: string;
}
