/** Failed sign-in attempts per normalised e-mail, kept in memory by the API process. */
export class LoginThrottle {
  private readonly attempts = new Map<string, number>();

  fail(email: string): number {
    const key = email.trim().toLowerCase();
    const count = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, count);
    return count;
  }

  countFor(email: string): number {
    return this.attempts.get(email.trim().toLowerCase()) ?? 0;
  }

  lockedAddresses(): string[] {
    return [...this.attempts.keys()];
  }
}
