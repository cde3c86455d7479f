export interface Patient {
  id: string;
  ward: string;
  diagnosis: string;
  heartRate: number;
  insurer: string;
}

export interface Chart {
  meta: { patientId: string; ward: string };
  clinical: { diagnosis: string; pulse: number };
  billing: { insurer: string };
}
