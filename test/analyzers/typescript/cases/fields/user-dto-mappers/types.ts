export interface User {
  id: string;
  email: string;
  ssn: string;
  displayName: string;
  createdAt: string;
}
