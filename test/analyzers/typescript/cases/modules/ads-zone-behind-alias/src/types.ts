export interface Profile {
  userId: string;
  displayName: string;
  city: string;
  religion: string;
}
