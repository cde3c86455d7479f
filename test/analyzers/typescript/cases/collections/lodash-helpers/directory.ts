import { compact, filter, find, groupBy, keyBy, map, orderBy, sortBy, uniqBy } from "lodash";
import type { Analytics, Member } from "./member.js";

/** The member directory screen: sorting, grouping and counting members for the page and for analytics. */
export function recentMembers(members: Member[], analytics: Analytics): Member[] {
  const recent = orderBy(members, ["joinedAt"], ["desc"]).slice(0, 20);
  // The element keeps its fields apart: only the city goes to analytics.
  analytics.capture("directory.viewed", { firstCity: recent[0]?.city, count: recent.length });
  const byCity = groupBy(recent, (member) => member.city);
  analytics.capture("directory.cities", { cities: Object.keys(byCity) });
  return recent;
}

export function activeIds(members: Member[]): string[] {
  const active = filter(members, (member) => member.lastSeenAt !== null);
  const ids = map(sortBy(active, "displayName"), "id");
  console.info("active members", ids);
  return ids;
}

export function lookup(members: Member[], id: string): Member | undefined {
  const byId = keyBy(members, "id");
  const member = byId[id] ?? find(members, { id });
  // The whole member is logged: its e-mail with it.
  console.debug("lookup", member);
  return member;
}

export function distinctCities(members: Member[], analytics: Analytics): void {
  const cities = compact(map(uniqBy(members, "city"), (member) => member.city));
  analytics.capture("directory.distinct_cities", { cities });
  const contacts = map(members, "email");
  // A list of e-mail addresses, read by the property shorthand.
  console.info("contacts exported", contacts.length, contacts);
}
