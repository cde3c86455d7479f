import { Analytics } from "@segment/analytics-node";
import { forSupportTool, toContactCard, toPublicUser } from "./mappers.js";
import type { User } from "./types.js";

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? "" });

export function syncUser(user: User): void {
  analytics.identify({ userId: user.id, traits: toPublicUser(user) });
  const card = toContactCard(user);
  analytics.track({ userId: user.id, event: "Contact Card Viewed", properties: { name: card.contact.name } });
  analytics.track({ userId: user.id, event: "Contact Card Shared", properties: card.contact });
  const support = forSupportTool(user);
  analytics.track({ userId: user.id, event: "Support Profile Synced", properties: { ssnTail: support.ssn } });
  analytics.track({ userId: user.id, event: "Support Profile Email", properties: { email: support.email } });
  analytics.track({ userId: user.id, event: "Support Profile Name", properties: { name: support.displayName } });
}
