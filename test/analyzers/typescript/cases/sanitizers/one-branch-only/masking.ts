export function maskPan(pan: string): string {
  return `${"*".repeat(Math.max(pan.length - 4, 0))}${pan.slice(-4)}`;
}

export class Vault {
  private readonly tokens = new Map<string, string>();

  tokenize(pan: string): string {
    const token = `tok_${this.tokens.size + 1}`;
    this.tokens.set(token, pan);
    return token;
  }
}
