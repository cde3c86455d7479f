import type { Shopper } from "./types.js";

export function regionTraits(shopper: Shopper): { region: string; returning: boolean } {
  return { region: shopper.postcode.slice(0, 2), returning: shopper.orderCount > 0 };
}
