export interface ContactDetails {
  email: string;
  phone: string;
  preferredChannel?: "email" | "sms";
}

export interface Account {
  id: string;
  plan: "free" | "pro";
  ssn: string;
  contact: ContactDetails;
}
