interface Sample {
  at: number;
  bpm: number;
}

/** Reads the latest heart-rate sample from the device. @label health */
export function latestHeartRate(samples: Sample[]): number {
  return samples.at(-1)?.bpm ?? 0;
}

/** @label health */
export const estimateVo2Max = (restingBpm: number, maxBpm: number): number => 15.3 * (maxBpm / restingBpm);

export function logVitals(samples: Sample[], age: number): void {
  const count = samples.length;
  console.log("samples", count);
  console.log("latest", latestHeartRate(samples));
  console.log("vo2", estimateVo2Max(60, 220 - age));

  /** @label health */
  const zone = age > 40 ? "moderate" : "vigorous";
  console.log("zone", zone);
}
