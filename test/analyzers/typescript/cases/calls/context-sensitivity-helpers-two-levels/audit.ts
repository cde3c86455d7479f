export function audit(event: string, detail: string): void {
  console.info(`[audit] ${event}`, detail);
}

export function auditField(event: string, field: string, value: string): void {
  audit(event, `${field}=${value}`);
}

export function auditCount(event: string, count: number): void {
  console.info(`[audit] ${event} x${count}`);
}

export function passThrough(event: string, value: string): string {
  console.debug(`[audit] ${event}`);
  return value;
}
