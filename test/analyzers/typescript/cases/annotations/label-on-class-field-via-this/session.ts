export class WorkoutSession {
  /** Beats per minute from the chest strap. @label health */
  private heartRate = 0;
  private startedAt = Date.now();

  update(bpm: number): void {
    this.heartRate = bpm;
  }

  summary(): string {
    return `started ${new Date(this.startedAt).toISOString()}`;
  }

  debugLine(): string {
    return `hr=${this.heartRate}`;
  }
}

export function logSession(session: WorkoutSession): void {
  console.debug(session.summary());
  console.debug(session.debugLine());
}
