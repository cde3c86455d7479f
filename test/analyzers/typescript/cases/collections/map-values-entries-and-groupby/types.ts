export interface Visit {
  date: string;
  clinic: string;
}

export interface Patient {
  id: string;
  name: string;
  ward: string;
  diagnosis: string;
  heartRate: number;
  visits: Visit[];
}
