import type { Notifier } from "./notifier.js";

export class InboxNotifier implements Notifier {
  private readonly inbox: Array<{ userId: string; message: string }> = [];

  notify(userId: string, message: string): void {
    this.inbox.push({ userId, message });
  }
}
