export interface AccountProfile {
  id: string;
  email: string;
  dateOfBirth: string;
  locale: string;
}

export function ageBucket(profile: AccountProfile): string {
  const years = new Date().getFullYear() - Number(profile.dateOfBirth.slice(0, 4));
  if (years < 25) return "18-24";
  if (years < 40) return "25-39";
  return "40+";
}

function birthYear(profile: AccountProfile): number {
  return Number(profile.dateOfBirth.slice(0, 4));
}

export { birthYear as yearOfBirth };
