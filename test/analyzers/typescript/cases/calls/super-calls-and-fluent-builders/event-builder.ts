export interface BuiltEvent {
  name: string;
  userId: string;
  props: Record<string, string>;
}

export class EventBuilder {
  private name = "event";
  private userId = "anonymous";
  private readonly props: Record<string, string> = {};

  named(name: string): this {
    this.name = name;
    return this;
  }

  forUser(userId: string): this {
    this.userId = userId;
    return this;
  }

  with(key: string, value: string): this {
    this.props[key] = value;
    return this;
  }

  build(): BuiltEvent {
    return { name: this.name, userId: this.userId, props: { ...this.props } };
  }
}

export class NormalizingBuilder extends EventBuilder {
  override with(key: string, value: string): this {
    return super.with(key.toLowerCase(), value.trim().toLowerCase());
  }
}
