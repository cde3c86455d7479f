import { Analytics } from "./analytics.js";

const analytics = new Analytics();

export const notifications = {
  sent: 0,
  push(userId: string, text: string): void {
    this.sent++;
    analytics.capture("push", { userId, text });
  },
  badge(userId: string, count: number): void {
    analytics.capture("badge", { userId, count });
  },
};
