export interface Patient {
  id: string;
  phone: string;
  diagnosis: string;
}
