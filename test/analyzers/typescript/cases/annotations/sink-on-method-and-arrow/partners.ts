export interface RiskProfile {
  memberId: string;
  /** @label health */
  restingHeartRate: number;
  stepsPerDay: number;
}

export class InsurancePartner {
  private readonly queue: RiskProfile[] = [];

  /** Sends a member's risk profile to the insurer. @sink insurance */
  submit(profile: RiskProfile): void {
    this.queue.push(profile);
  }

  ping(memberId: string): void {
    this.queue.length = 0;
    void memberId;
  }
}

export class DiscountPartner extends InsurancePartner {
  override submit(profile: RiskProfile): void {
    super.submit({ ...profile, restingHeartRate: 0 });
  }
}

/** @sink research */
export const shareWithResearch = (payload: unknown, studyId: string): void => {
  void payload;
  void studyId;
};
