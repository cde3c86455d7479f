export interface Patient {
  id: string;
  name: string;
  ward: string;
  diagnosis: string;
  heartRate: number;
}

export interface Ward {
  id: string;
  name: string;
  floor: number;
}
