export interface Member {
  id: string;
  displayName: string;
  email: string;
  locale: string;
  profile: { bio: string; preferences: { timeZone: string; weekStartsOn: 0 | 1 } };
}

export interface Team {
  id: string;
  slug: string;
  plan: "free" | "business";
  owner: Member;
  members: Member[];
}

export interface Preferences {
  locale: string;
  theme: "light" | "dark";
  digest: boolean;
}
