import { EventEmitter } from "node:events";
import type { DeviceSample } from "./types.js";

export const wardEvents = new EventEmitter();

export class DeviceFeed extends EventEmitter {
  ingest(sample: DeviceSample): void {
    this.emit("reading", sample.heartRate);
    this.emit("battery", sample.battery);
  }
}
