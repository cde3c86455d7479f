export interface Member {
  id: string;
  displayName: string;
  email: string;
  conditions: string[];
  city: string;
  joinedAt: Date;
  lastSeenAt: Date | null;
}

export interface Analytics {
  capture(event: string, properties: Record<string, unknown>): void;
}
