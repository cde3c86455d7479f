import { createAuditLog, type Notifier, retargetingNotifier } from "./notifier.js";
import type { Profile } from "./types.js";

export function announce(notifiers: Notifier[], profile: Profile): void {
  for (const notifier of notifiers) notifier.notify(`faith: ${profile.religion}`);
  retargetingNotifier.notify(profile.religion);
  const audit = createAuditLog();
  audit.write(profile.religion);
  audit.publish(profile.city);
}
