import { TelemetryClient } from "./client";

export { TelemetryClient };
export const telemetry = new TelemetryClient("web");
