import type { SignupEvent } from "./types.js";

const knownAddresses = new Set<string>();
let provisionedToday = 0;

export async function handleSignup(event: SignupEvent): Promise<void> {
  if (knownAddresses.has(event.email)) {
    throw new Error(`duplicate signup for ${event.email}`);
  }
  if (provisionedToday >= 1000) {
    throw new Error(`daily provisioning quota reached (plan ${event.plan})`);
  }
  knownAddresses.add(event.email);
  provisionedToday++;
}
