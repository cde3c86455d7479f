import { EventEmitter } from "node:events";
import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

type Listener = (faith: string) => void;

export class FaithEvents {
  private readonly listeners: Listener[] = [];

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  publish(faith: string): void {
    for (const listener of this.listeners) listener(faith);
  }
}

export function wire(ads: AdsClient, events: FaithEvents, emitter: EventEmitter, profile: Profile): void {
  events.subscribe((faith) => ads.track("listener_faith", faith));
  emitter.on("profile.saved", (faith: string) => ads.track("emitter_faith", faith));
  events.publish(profile.religion);
  emitter.emit("profile.saved", profile.religion);
}
