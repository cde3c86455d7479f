import { makeFormatter, makeSender } from "./senders.js";
import type { Profile } from "./types.js";

export function schedule(profile: Profile, queue: Array<() => void>): void {
  queue.push(makeSender("faith_later", profile.religion));
  const sendCity = makeSender("city_later", profile.city);
  sendCity();
}

export function formatAll(profile: Profile): string[] {
  const format = makeFormatter("> ");
  return [format(profile.city)];
}
