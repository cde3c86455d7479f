export interface WorkoutSample {
  id: string;
  deviceId: string;
  durationMin: number;
  heartRate: number;
  route: string;
}

export interface Page<T> {
  items: T[];
  next: number | null;
}
