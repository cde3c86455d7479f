export interface HealthInfo {
  bloodType: string;
  insurer: string;
  allergyCount: number;
}

export interface ContactInfo {
  email: string;
  city: string;
}

export interface UserProfile {
  displayName: string;
  health: HealthInfo;
  contact: ContactInfo;
}

export interface User {
  id: string;
  profile: UserProfile;
}

export interface ExportRow {
  user: {
    id: string;
    medical: { blood: string; note: string };
  };
  meta: { generatedBy: string };
}
