export function onHeartRate(/** @label health */ bpm: number, deviceId: string): void {
  console.info("sample received", deviceId);
  console.info("bpm", bpm);
}

/**
 * Handles a signup form.
 * @param email @label email
 * @param referrer where the user came from
 */
export function onSignup(email: string, referrer: string): void {
  console.info("signup from", referrer);
  console.info("signup", email);
}

export const onSleep = (/** @label health */ minutes: number, source: string) => {
  console.info("sleep source", source);
  console.info("sleep minutes", minutes);
};
