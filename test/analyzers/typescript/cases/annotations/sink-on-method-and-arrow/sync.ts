import { DiscountPartner, InsurancePartner, shareWithResearch, type RiskProfile } from "./partners.js";

export function nightlySync(partner: InsurancePartner, discounts: DiscountPartner, profile: RiskProfile): void {
  partner.ping(profile.memberId);
  partner.submit(profile);
  discounts.submit({ memberId: profile.memberId, restingHeartRate: profile.restingHeartRate, stepsPerDay: 0 });
  shareWithResearch({ steps: profile.stepsPerDay }, "study-7");
  shareWithResearch({ hr: profile.restingHeartRate }, "study-7");
}
