import { Analytics } from "./analytics.js";
import { DeviceFeed, wardEvents } from "./device-feed.js";

export function attachListeners(feed: DeviceFeed, analytics: Analytics): void {
  wardEvents.on("diagnosis", (diagnosis: string) => {
    console.warn("diagnosis recorded", diagnosis);
  });
  wardEvents.on("discharge", (wardId: string) => {
    console.info("discharged from", wardId);
  });
  feed.on("reading", (bpm: number) => analytics.capture("device_bpm", bpm));
  feed.once("battery", (level: number) => analytics.capture("device_battery", level));
}
