import { AdsClient } from "./ads-client.js";
import { bus, saveHooks } from "./bus.js";

export function registerSubscribers(ads: AdsClient): void {
  bus.on("profile.updated", (payload) => {
    console.info("profile updated", payload);
  });
  bus.on("profile.viewed", (payload) => {
    ads.track("profile_viewed", payload);
  });

  saveHooks.beforeSave.push((value) => console.info("before save", value));
  saveHooks.afterSave.push((value) => ads.track("after_save", value));
}
