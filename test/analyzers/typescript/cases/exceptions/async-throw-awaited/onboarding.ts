import { verifyCity, verifyFaith } from "./verification.js";
import type { Profile } from "./types.js";

export async function onboard(profile: Profile): Promise<boolean> {
  try {
    await verifyCity(profile);
    await verifyFaith(profile);
    return true;
  } catch (error) {
    console.error("verification failed", error instanceof Error ? error.message : error);
    return false;
  }
}

export function onboardLater(profile: Profile): void {
  verifyFaith(profile).catch((reason: unknown) => {
    console.warn("deferred verification failed", reason);
  });
  verifyCity(profile).catch(({ message }: Error) => console.warn("deferred city check failed", message));
}
