export interface Account {
  id: string;
  displayName: string;
  phone: string;
  ssn: string;
}

export interface TicketDraft {
  contact?: string;
  note?: string;
  reference?: string;
  subject: string;
}
