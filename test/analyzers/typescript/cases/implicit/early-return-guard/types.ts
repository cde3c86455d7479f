export interface Profile {
  userId: string;
  displayName: string;
  city: string;
  religion: string;
  age: number;
}

export interface Account {
  id: string;
  email: string;
  plan: "free" | "pro";
}
