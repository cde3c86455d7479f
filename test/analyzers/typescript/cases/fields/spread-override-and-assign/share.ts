import { AdsClient } from "./ads-client.js";
import { hideFaithOnly, publicCard, withFaith } from "./redaction.js";
import type { Profile } from "./types.js";

export function shareProfile(ads: AdsClient, profile: Profile): void {
  ads.track("share_card", publicCard(profile));

  const partial = hideFaithOnly(profile);
  ads.track("share_partial", partial);
  ads.track("share_partial_faith", partial.religion);
  ads.track("share_partial_city", partial.city);

  const enriched = withFaith({ channel: "share", religion: "n/a" }, profile);
  ads.track("share_enriched_channel", enriched.channel);
  ads.track("share_enriched_faith", enriched.religion);

  const payload: Record<string, string> = { source: "share" };
  Object.assign(payload, { faith: profile.religion });
  ads.track("share_payload_before", payload);
  Object.assign(payload, { faith: "hidden" });
  ads.track("share_payload_after", payload);

  const target = { region: profile.city };
  const merged = Object.assign(target, { city: profile.city });
  ads.track("share_merged", merged);
}
