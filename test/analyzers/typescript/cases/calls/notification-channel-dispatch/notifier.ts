import { ConsoleChannel, InAppChannel, type NotificationChannel, WebhookChannel } from "./channels.js";

export class Notifier {
  constructor(private readonly channels: NotificationChannel[]) {}

  async broadcast(recipient: string, text: string): Promise<void> {
    for (const channel of this.channels) await channel.deliver(recipient, text);
  }
}

export function defaultNotifier(): Notifier {
  return new Notifier([new InAppChannel(), new ConsoleChannel(), new WebhookChannel("https://hooks.clinic-partner.com/notify")]);
}
