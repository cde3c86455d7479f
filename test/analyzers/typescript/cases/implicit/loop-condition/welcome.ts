import type { AdsClient } from "./ads-client.js";
import type { Account } from "./types.js";

export function retryWelcome(ads: AdsClient, account: Account, delays: number[]): number {
  let round = 0;
  while (round < delays.length && !account.email.endsWith("@example.com")) {
    console.log("welcome retry", delays[round]);
    round++;
  }
  ads.track("welcome_rounds", { round });
  for (let attempt = 0; account.email.includes("+") && attempt < 3; attempt++) {
    ads.track("alias_probe", { attempt: delays.length });
  }
  do {
    ads.track("welcome_poll", { plan: account.plan });
  } while (account.email === "");
  ads.track("welcome_done", { plan: account.plan });
  return delays.length;
}
