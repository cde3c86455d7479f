export { maskedPan, rawPan } from "./card.js";
export { billingEmail } from "./contact.js";
