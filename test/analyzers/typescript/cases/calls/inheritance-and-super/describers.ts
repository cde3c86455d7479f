import type { Profile } from "./types.js";

export class BasicDescriber {
  describe(profile: Profile): string {
    return `${profile.displayName} from ${profile.city}`;
  }
}

export class DetailedDescriber extends BasicDescriber {
  override describe(profile: Profile): string {
    return `${super.describe(profile)}, ${profile.religion}`;
  }
}

export class ShortDescriber extends BasicDescriber {
  override describe(profile: Profile): string {
    return super.describe(profile).slice(0, 20);
  }
}

export class InheritingDescriber extends BasicDescriber {}
