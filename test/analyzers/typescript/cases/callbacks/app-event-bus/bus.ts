export type Handler = (payload: unknown) => void;

export class EventBus {
  private readonly handlers = new Map<string, Handler[]>();

  on(name: string, handler: Handler): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler);
    this.handlers.set(name, list);
  }

  emit(name: string, payload: unknown): void {
    for (const handler of this.handlers.get(name) ?? []) {
      handler(payload);
    }
  }
}

export type Hook = (value: string) => void;

export const saveHooks = {
  beforeSave: [] as Hook[],
  afterSave: [] as Hook[],
};

export const bus = new EventBus();
