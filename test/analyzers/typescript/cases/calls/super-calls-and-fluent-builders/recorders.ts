export class EventRecorder {
  record(event: string, detail: string): void {
    console.info(`[${event}]`, detail);
  }
}

export class AuditRecorder extends EventRecorder {
  override record(event: string, detail: string): void {
    console.debug("audit detail size", detail.length);
    super.record(`audit:${event}`, "[redacted]");
  }
}

export class VerboseRecorder extends EventRecorder {
  override record(event: string, detail: string): void {
    super.record(`verbose:${event}`, detail.trim());
  }
}
