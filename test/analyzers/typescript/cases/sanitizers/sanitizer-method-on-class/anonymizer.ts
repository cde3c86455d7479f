import { createHash } from "node:crypto";

export class Anonymizer {
  constructor(private readonly salt: string) {}

  scrub(value: unknown): string {
    return createHash("sha1").update(this.salt + JSON.stringify(value)).digest("hex");
  }
}

export class StrictAnonymizer extends Anonymizer {
  override scrub(value: unknown): string {
    return super.scrub(value).slice(0, 8);
  }
}
