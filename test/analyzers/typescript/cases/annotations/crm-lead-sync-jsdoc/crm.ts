export interface CrmLead {
  externalId: string;
  company: string;
  /** Work e-mail of the lead. @label email */
  primaryEmail: string;
  /** Income bracket from the credit check. @label financial */
  incomeBracket: string;
}

export interface CrmSink {
  /** Pushes a record to the partner CRM. @sink crm_partner */
  upsert(record: unknown): Promise<void>;
}

export class QueueingCrmSink implements CrmSink {
  private readonly queue: unknown[] = [];

  async upsert(record: unknown): Promise<void> {
    this.queue.push(record);
  }
}

/** Score from the in-house risk model. @label financial */
export function creditScore(lead: CrmLead): number {
  return lead.company.length * 7;
}
