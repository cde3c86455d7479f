import { ageBucket, yearOfBirth, type AccountProfile } from "@acme/accounts/profile";
import { telemetry } from "@acme/telemetry";

export function onSettingsOpened(profile: AccountProfile): void {
  telemetry.emit("settings_opened", { locale: profile.locale, ageBucket: ageBucket(profile) });
  telemetry.emit("settings_birth_year", { year: yearOfBirth(profile) });
  telemetry.emit("settings_contact", { contact: profile.email });
}
