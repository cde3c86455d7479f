export interface FitnessProfile {
  userId: string;
  nickname: string;
  restingHeartRate: number;
  heartRateText: string;
  stepGoalText: string;
  weightKg: number;
  condition: string;
}
