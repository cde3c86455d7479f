export interface Account {
  id: string;
  email: string;
}
