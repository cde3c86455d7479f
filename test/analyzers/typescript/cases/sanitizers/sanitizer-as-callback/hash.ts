import { createHash } from "node:crypto";

export function hashEmail(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function lowerCase(value: string): string {
  return value.toLowerCase();
}
