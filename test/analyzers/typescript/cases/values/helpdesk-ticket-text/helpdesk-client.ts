export interface TicketPayload {
  subject: string;
  body: string;
  tags: string[];
}

/** Thin client for the external helpdesk vendor's ticket API. */
export class HelpdeskClient {
  private readonly outbox: TicketPayload[] = [];

  createTicket(payload: TicketPayload): void {
    this.outbox.push(payload);
  }
}
