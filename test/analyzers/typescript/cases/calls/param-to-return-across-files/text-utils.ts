export function normalizeLabel(value: string): string {
  const trimmed = value.trim();
  return trimmed.toLowerCase().replace(/\s+/g, "_");
}

export function describeMember(name: string, detail: string): string {
  return `${name} (${detail})`;
}
