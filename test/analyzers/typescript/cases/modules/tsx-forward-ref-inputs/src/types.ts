export interface Invitee {
  email: string;
  phone: string;
  team: string;
}
