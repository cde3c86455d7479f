export interface Athlete {
  id: string;
  nickname: string;
  team: string;
  restingHeartRate: number;
  weeklySteps: number;
}
