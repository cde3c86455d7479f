import { hashEmail, maskEmail } from "./privacy.js";

export function logDelivery(/** @label email */ email: string, campaign: string): void {
  console.log("delivered", campaign, hashEmail(email));
  console.log("delivered to", maskEmail(email));
  console.log("raw", email);
}
