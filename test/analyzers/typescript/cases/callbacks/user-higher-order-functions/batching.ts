export function forEachInBatches<T>(items: T[], size: number, visit: (item: T, index: number) => void): void {
  for (let start = 0; start < items.length; start += size) {
    items.slice(start, start + size).forEach((item, offset) => visit(item, start + offset));
  }
}

export function mapAll<T, U>(items: T[], transform: (item: T) => U): U[] {
  const out: U[] = [];
  for (const item of items) out.push(transform(item));
  return out;
}

export function withRetry<T>(attempts: number, run: () => T): T {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return run();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
