export function auditLog(event: string, detail: unknown): void {
  const line = `[audit] ${event}: ${JSON.stringify(detail)}`;
  console.info(line);
}
