import type { Notifier } from "./notifier.js";
import type { Profile } from "./types.js";

export class MatchService {
  constructor(private readonly notifiers: Notifier[], private readonly primary: Notifier) {}

  announce(me: Profile, match: Profile): void {
    this.primary.notify(me.userId, `New match in ${match.city}`);
    for (const notifier of this.notifiers) {
      notifier.notify(me.userId, `You both share ${match.religion}`);
    }
  }
}
