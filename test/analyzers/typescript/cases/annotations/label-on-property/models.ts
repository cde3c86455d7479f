export interface WorkoutSummary {
  userId: string;
  durationMinutes: number;
  /** Average heart rate over the workout. @label health */
  avgHeartRate: number;
  calories: number;
}

export class Member {
  constructor(
    readonly id: string,
    /** @label email */
    readonly email: string,
  ) {}

  /** @label health */
  restingHeartRate = 0;
  nickname = "";
}

export type SleepRecord = {
  userId: string;
  /** @label health */
  remMinutes: number;
};
