export interface Patient {
  id: string;
  ward: string;
  diagnosis: string;
  heartRate: number;
}

export interface ReadingRejection {
  code: string;
  bpm: number;
}
