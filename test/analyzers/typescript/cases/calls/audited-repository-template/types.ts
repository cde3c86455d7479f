export interface Employee {
  id: string;
  fullName: string;
  ssn: string;
  departmentId: string;
}

export interface Department {
  id: string;
  name: string;
  costCenter: string;
}
