export interface Member {
  id: string;
  name: string;
  role: string;
  email: string;
}
