export interface WorkoutSample {
  userId: string;
  heartRate: number;
  steps: number;
  geohash: string;
  takenAt: string;
}
