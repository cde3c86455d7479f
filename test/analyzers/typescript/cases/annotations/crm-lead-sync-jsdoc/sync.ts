import { creditScore, type CrmLead, type CrmSink, QueueingCrmSink } from "./crm.js";

export async function syncLead(sink: CrmSink, queueing: QueueingCrmSink, lead: CrmLead): Promise<void> {
  await sink.upsert({ id: lead.externalId, company: lead.company });
  await sink.upsert({ id: lead.externalId, email: lead.primaryEmail });
  await queueing.upsert({ id: lead.externalId, income: lead.incomeBracket });

  /** @label financial */
  const reviewNote = `bracket reviewed on ${new Date().toISOString().slice(0, 10)}`;
  await sink.upsert({ id: lead.externalId, note: reviewNote });
  console.info("lead synced", lead.externalId, creditScore(lead));
}
