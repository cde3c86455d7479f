export interface Patient {
  id: string;
  ward: string;
  diagnosis: string;
}

export interface DeviceSample {
  deviceId: string;
  heartRate: number;
  battery: number;
}
