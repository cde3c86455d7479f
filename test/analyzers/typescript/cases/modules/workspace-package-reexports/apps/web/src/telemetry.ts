import { PostHog } from "@acme/analytics/server";
import { createTransport } from "@acme/mail";
import type { Member } from "./types";

const posthog = new PostHog(process.env.POSTHOG_KEY ?? "", { host: "https://eu.i.posthog.com" });
const mailer = createTransport({ host: "smtp.acme.test", port: 587 });

export function trackUpgrade(member: Member): void {
  posthog.capture({ distinctId: member.id, event: "plan_upgraded", properties: { plan: member.plan } });
  posthog.identify({ distinctId: member.id, properties: { email: member.email } });
}

export async function sendReceipt(member: Member): Promise<void> {
  await mailer.sendMail({ to: member.email, subject: "Your receipt", text: `Plan: ${member.plan}` });
}
