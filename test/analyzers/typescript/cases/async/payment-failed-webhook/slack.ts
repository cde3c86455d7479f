const SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXX";

export async function postToSlack(text: string): Promise<void> {
  await fetch(SLACK_WEBHOOK, { method: "POST", body: JSON.stringify({ text }) });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
