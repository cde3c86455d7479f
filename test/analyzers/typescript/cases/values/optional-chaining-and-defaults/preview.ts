import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

interface Session {
  profile?: Profile;
  nickname?: string;
}

export function previewCard(ads: AdsClient, session: Session | null): void {
  const faith = session?.profile?.religion ?? "unspecified";
  ads.track("preview_faith", faith);

  const headline = session?.nickname || session?.profile?.religion || "Member";
  ads.track("preview_headline", headline);

  const city = session?.profile?.city ?? "somewhere";
  ads.track("preview_city", city);

  const shown = session?.profile && session.profile.religion;
  ads.track("preview_shown", shown);
}
