const events: Array<{ name: string; props: Record<string, unknown> }> = [];

export function trackEvent(name: string, props: Record<string, unknown>): void {
  events.push({ name, props });
}
