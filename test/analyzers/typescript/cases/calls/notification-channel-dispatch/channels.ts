export interface NotificationChannel {
  readonly name: string;
  deliver(recipient: string, text: string): Promise<void>;
}

export class InAppChannel implements NotificationChannel {
  readonly name = "in-app";
  private readonly inbox: Array<{ recipient: string; text: string }> = [];

  async deliver(recipient: string, text: string): Promise<void> {
    this.inbox.push({ recipient, text });
  }
}

export class ConsoleChannel implements NotificationChannel {
  readonly name = "console";

  async deliver(recipient: string, text: string): Promise<void> {
    console.info(`[notify] message of ${text.length} chars for ${recipient}`);
  }
}

export class WebhookChannel implements NotificationChannel {
  readonly name = "webhook";

  constructor(private readonly url: string) {}

  async deliver(recipient: string, text: string): Promise<void> {
    await fetch(this.url, { method: "POST", body: JSON.stringify({ recipient, text }) });
  }
}
