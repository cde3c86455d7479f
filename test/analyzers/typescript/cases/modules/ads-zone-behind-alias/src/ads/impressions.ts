const impressions: Array<{ memberId: string; placement: string }> = [];

export function recordImpression(memberId: string, placement: string): void {
  impressions.push({ memberId, placement });
}
