export interface Contact {
  id: string;
  name: string;
  email: string;
  company: string;
}
