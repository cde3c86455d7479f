/** Local helper with the same name as the privacy package's export; it only trims. */
export function redact(value: string): string {
  return value.trim();
}
