const buffer: Array<{ event: string; properties: unknown }> = [];

export function track(event: string, properties: unknown): void {
  buffer.push({ event, properties });
}
