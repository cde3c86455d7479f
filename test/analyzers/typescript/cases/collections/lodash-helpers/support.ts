import { cloneDeep, get, isEmpty, isEqual, omit, pick } from "es-toolkit/compat";
import type { Analytics, Member } from "./member.js";

/** Support tooling: what support staff see in logs, and what the product team gets in analytics. */
export function logTicketContext(member: Member, before: Member): void {
  // Only the id and the display name are logged.
  console.info("ticket opened", pick(member, ["id", "displayName"]));
  // Everything but the e-mail and the conditions.
  console.info("member snapshot", omit(member, ["email", "conditions"]));
  // Omitting the e-mail still leaves the conditions in.
  console.info("member without email", omit(member, "email"));
  if (!isEqual(member, before)) console.info("member changed", member.id);
  if (isEmpty(member.conditions)) console.info("no conditions shared", member.id);
}

export function trackProfile(member: Member, analytics: Analytics): void {
  const copy = cloneDeep(member);
  analytics.capture("profile.viewed", { city: copy.city, conditions: get(copy, "conditions") });
  analytics.capture("profile.city", { city: get(member, "city") });
}
