export function identity<T>(value: T): T {
  return value;
}

export function pick<T, K extends keyof T>(item: T, key: K): T[K] {
  return item[key];
}

export class Result<T, E = Error> {
  private constructor(
    private readonly value: T | undefined,
    private readonly error: E | undefined,
  ) {}

  static ok<T>(value: T): Result<T, never> {
    return new Result<T, never>(value, undefined);
  }

  static fail<T, E>(error: E): Result<T, E> {
    return new Result<T, E>(undefined, error);
  }

  unwrapOr(fallback: T): T {
    return this.value === undefined ? fallback : this.value;
  }
}

export class Cache<K, V> {
  private readonly entries = new Map<K, V>();

  set(key: K, value: V): void {
    this.entries.set(key, value);
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }
}

export class Repository<T extends { id: string }> {
  private readonly rows: T[] = [];

  save(row: T): void {
    this.rows.push(row);
  }

  findById(id: string): T | undefined {
    return this.rows.find((row) => row.id === id);
  }
}
