import type { Profile } from "./types.js";

export default class Matcher {
  score(a: Profile, b: Profile): number {
    return a.city === b.city ? 1 : 0;
  }

  explain(a: Profile, b: Profile): string {
    return `${a.displayName} and ${b.displayName} are both ${a.sexualOrientation}`;
  }
}
