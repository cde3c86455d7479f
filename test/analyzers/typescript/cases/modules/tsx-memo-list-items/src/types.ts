export interface Member {
  id: string;
  email: string;
  role: "owner" | "admin" | "member";
  initials: string;
}
