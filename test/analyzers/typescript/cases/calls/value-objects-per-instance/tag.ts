export class Tag {
  private readonly text: string;

  constructor(kind: string, value: string) {
    this.text = `${kind}=${value.toLowerCase()}`;
  }

  toString(): string {
    return this.text;
  }
}
