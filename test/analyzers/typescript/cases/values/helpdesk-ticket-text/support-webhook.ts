import { TicketService } from "./ticket-service.js";
import type { Customer } from "./types.js";

export interface SupportRequest {
  kind: "callback" | "escalation" | "question";
  text: string;
}

export function handleSupportRequest(service: TicketService, customer: Customer, request: SupportRequest): void {
  if (request.kind === "callback") service.openCallback(customer, request.text);
  else if (request.kind === "escalation") service.openEscalation(customer);
  else service.openGeneric(customer, request.text);
}
