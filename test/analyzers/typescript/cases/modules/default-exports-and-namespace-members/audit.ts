class AuditTrail {
  private readonly entries: string[] = [];

  record(entry: string): void {
    this.entries.push(entry);
    console.info("audit entry", entry);
  }

  size(): number {
    console.info("audit size", this.entries.length);
    return this.entries.length;
  }
}

export default new AuditTrail();
