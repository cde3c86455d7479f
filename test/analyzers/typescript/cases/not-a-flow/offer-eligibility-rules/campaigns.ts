import { AdsClient } from "./ads-client.js";
import { isAdult, offerFor, riskTier } from "./eligibility.js";
import type { Member } from "./types.js";

export function planCampaign(ads: AdsClient, member: Member): void {
  const offer = offerFor(member);
  ads.track("offer_assigned", { memberId: member.id, offer });
  ads.track("offer_audience", { memberId: member.id, adult: isAdult(member), plan: member.plan });
  ads.track("offer_risk", { memberId: member.id, tier: riskTier(member) > 2 ? "high" : "low" });
  switch (offer) {
    case "wellness-plan":
      ads.track("offer_wellness_banner", { memberId: member.id, country: member.country });
      break;
    default:
      break;
  }
  if (member.conditions.length > 0) ads.track("offer_has_history", { memberId: member.id });
  ads.track("offer_control", { conditions: member.conditions });
}
