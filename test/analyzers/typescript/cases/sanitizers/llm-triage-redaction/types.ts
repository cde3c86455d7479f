export interface SupportTicket {
  id: string;
  customerId: string;
  email: string;
  body: string;
  diagnosisCode: string;
}
