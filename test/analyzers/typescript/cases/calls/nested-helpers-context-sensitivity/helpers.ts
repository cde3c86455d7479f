export function clean(value: string): string {
  return value.trim();
}

export function label(kind: string, value: string): string {
  return `${kind}:${clean(value)}`;
}

export function describe(kind: string, value: string): { kind: string; text: string } {
  return { kind, text: label(kind, value) };
}
