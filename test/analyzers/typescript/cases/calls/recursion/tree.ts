import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

interface ReferralNode {
  profile: Profile;
  invitedBy?: ReferralNode;
}

export function rootFaith(node: ReferralNode): string {
  if (!node.invitedBy) return node.profile.religion;
  return rootFaith(node.invitedBy);
}

export function rootCity(node: ReferralNode): string {
  return node.invitedBy ? rootCity(node.invitedBy) : node.profile.city;
}

export function chainLabels(node: ReferralNode | undefined, acc: string[] = []): string[] {
  if (!node) return acc;
  return chainLabels(node.invitedBy, [...acc, node.profile.displayName]);
}

export function reportReferral(ads: AdsClient, node: ReferralNode): void {
  ads.track("referral_root_faith", rootFaith(node));
  ads.track("referral_root_city", rootCity(node));
  ads.track("referral_chain", chainLabels(node));
}
