export interface Patient {
  id: string;
  ward: string;
  diagnosis: string;
}
