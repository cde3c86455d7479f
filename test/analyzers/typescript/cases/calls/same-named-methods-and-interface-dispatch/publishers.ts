import { PartnerApi } from "./partner-api.js";

export class ChartPublisher {
  constructor(private readonly api: PartnerApi) {}

  publish(value: string): void {
    this.api.send("/charts", value);
  }
}

export class WardBoard {
  private readonly lines: string[] = [];

  publish(value: string): void {
    this.lines.push(value);
    console.info("board updated", this.lines.length);
  }
}
