import { posthog } from "./analytics.js";
import { logger } from "./logger.js";
import { type Account, type Invite, inviteSchema, signupSchema } from "./schemas.js";

export function handleSignup(body: unknown): Account {
  const input = signupSchema.parse(body);
  logger.info({ displayName: input.displayName, optIn: input.marketingOptIn }, "signup received");
  logger.debug(`signup for ${input.email}`);
  return { id: crypto.randomUUID(), email: input.email, plan: "free" };
}

export function trackActivation(account: Account): void {
  posthog.capture({ distinctId: account.id, event: "activated", properties: { plan: account.plan } });
  posthog.identify({ distinctId: account.id, properties: { email: account.email } });
}

export function handleInvite(body: unknown): Invite {
  const invite = inviteSchema.parse(body);
  logger.info(`invitation to ${invite.email} for team ${invite.teamId}`);
  return invite;
}
