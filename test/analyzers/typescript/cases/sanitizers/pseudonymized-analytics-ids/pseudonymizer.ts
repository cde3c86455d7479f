import { createHash, createHmac } from "node:crypto";

export class Pseudonymizer {
  constructor(private readonly secret: string) {}

  pseudonymize(value: string): string {
    return createHmac("sha256", this.secret).update(value).digest("hex");
  }
}

export class RotatingPseudonymizer extends Pseudonymizer {
  override pseudonymize(value: string): string {
    return super.pseudonymize(`${new Date().getUTCFullYear()}:${value}`);
  }
}

/** A plain digest: stable across partners, so it is not an approved pseudonym. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
