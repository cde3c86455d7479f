/** In-memory store keyed by id, one instance per entity type. */
export class EntityStore<T extends { id: string }> {
  private readonly byId = new Map<string, T>();

  put(entity: T): void {
    this.byId.set(entity.id, entity);
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  all(): T[] {
    return [...this.byId.values()];
  }
}
