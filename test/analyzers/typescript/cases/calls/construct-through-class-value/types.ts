export interface Member {
  id: string;
  email: string;
}
