export interface Account {
  id: string;
  email: string;
  phone: string;
  ssn: string;
  plan: "free" | "pro";
  preferredChannel: "email" | "sms";
}
