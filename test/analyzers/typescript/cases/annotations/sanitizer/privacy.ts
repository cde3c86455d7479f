import { createHash } from "node:crypto";

/** One-way hash used as a join key with ad partners. @sanitizer email */
export function hashEmail(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/** @sanitizer email */
export const maskEmail = (email: string): string => email.replace(/^(.).*(@.*)$/, "$1***$2");
