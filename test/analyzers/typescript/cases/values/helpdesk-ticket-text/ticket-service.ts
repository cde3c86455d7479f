import { HelpdeskClient } from "./helpdesk-client.js";
import type { Customer } from "./types.js";

function digitsOnly(value: string): string {
  return value.replace(/\D+/g, "");
}

export class TicketService {
  constructor(private readonly helpdesk: HelpdeskClient) {}

  openCallback(customer: Customer, issue: string): void {
    const dial = "+" + digitsOnly(customer.phone);
    const subject = `[${customer.tier.toUpperCase()}] ${issue.trim()}`;
    this.helpdesk.createTicket({ subject, body: `Please call ${customer.name} back on ${dial}`, tags: ["callback"] });
  }

  openGeneric(customer: Customer, issue: string): void {
    const header = `Customer ${customer.id} (${customer.name.length} chars in name)`;
    this.helpdesk.createTicket({ subject: header, body: issue, tags: [customer.tier] });
  }

  openEscalation(customer: Customer): void {
    const areaCode = Number(customer.phone.split("-")[0]);
    const queue = areaCode >= 800 ? "toll-free" : "regional";
    this.helpdesk.createTicket({ subject: "Escalation", body: `route to ${queue} desk`, tags: ["escalation"] });
    this.helpdesk.createTicket({ subject: "Escalation area", body: "see tags", tags: [areaCode.toFixed(0)] });
  }
}
