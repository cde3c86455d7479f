export abstract class AuditedRepository<T extends { id: string }> {
  private readonly rows = new Map<string, T>();

  protected abstract auditLine(entity: T): string;

  save(entity: T): void {
    this.rows.set(entity.id, entity);
    console.info(`[audit] saved ${this.auditLine(entity)}`);
  }

  find(id: string): T | undefined {
    return this.rows.get(id);
  }
}
