const outbox: Array<{ event: string; value: string }> = [];
let lastFaith = "";

export function enqueue(event: string, value: string): void {
  outbox.push({ event, value });
}

export function rememberFaith(value: string): void {
  lastFaith = value;
}

export function drain(): Array<{ event: string; value: string }> {
  return outbox.splice(0, outbox.length);
}

export function lastRememberedFaith(): string {
  return lastFaith;
}
