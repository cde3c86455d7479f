export interface Member {
  id: string;
  displayName: string;
  religion: string;
}
