/** A small mutable holder the checkout uses for values that arrive step by step. */
export class Slot<T> {
  private value: T | undefined;

  set(value: T): void {
    this.value = value;
  }

  get(): T | undefined {
    return this.value;
  }
}
