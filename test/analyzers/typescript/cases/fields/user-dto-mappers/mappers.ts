import type { User } from "./types.js";

export interface PublicUser {
  id: string;
  name: string;
  memberSince: string;
}

export function toPublicUser(user: User): PublicUser {
  return { id: user.id, name: user.displayName, memberSince: user.createdAt };
}

export function toContactCard(user: User) {
  return { id: user.id, contact: { email: user.email, name: user.displayName } };
}

export function forSupportTool(user: User) {
  return { ...user, ssn: "***-**-" + user.ssn.slice(-4) };
}
