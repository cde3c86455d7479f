import { AdsClient } from "./ads-client.js";
import { Anonymizer, StrictAnonymizer } from "./anonymizer.js";
import type { Account, Profile } from "./types.js";

export function share(ads: AdsClient, anonymizer: Anonymizer, strict: StrictAnonymizer, account: Account, profile: Profile): void {
  ads.track("share_scrubbed", anonymizer.scrub({ email: account.email, faith: profile.religion }));
  ads.track("share_strict", strict.scrub(profile.religion));
  ads.track("share_raw", { faith: profile.religion });
}
