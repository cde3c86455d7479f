import { AdsClient } from "./ads-client.js";
import { line, shape } from "./tags.js";
import type { FitnessProfile } from "./types.js";

export function fitnessCampaign(ads: AdsClient, profile: FitnessProfile): void {
  const bpm = Number(profile.heartRateText);
  ads.track("fit_bpm", bpm);

  const goal = parseInt(profile.stepGoalText, 10);
  ads.track("fit_goal", goal);

  const resting = profile.restingHeartRate.toFixed(1);
  ads.track("fit_resting", resting);

  const weight = String(profile.weightKg);
  ads.track("fit_weight", weight);

  const zone = Math.round(profile.restingHeartRate / 10) * 10;
  ads.track("fit_zone", zone);

  const parsed = parseFloat(profile.heartRateText.trim());
  ads.track("fit_parsed", parsed);

  const message = line`${profile.nickname} manages ${profile.condition}`;
  ads.track("fit_message", message);

  const template = shape`${profile.nickname} manages ${profile.condition}`;
  ads.track("fit_template", template);

  const greeting = line`Hi ${profile.nickname}, ${goal} steps today?`;
  ads.track("fit_greeting", greeting);
}
