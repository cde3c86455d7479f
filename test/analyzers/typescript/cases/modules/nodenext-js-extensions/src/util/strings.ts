export function sanitizeForAds(value: string): string {
  return value.replace(/[^a-z0-9 ]/gi, "").slice(0, 64);
}
