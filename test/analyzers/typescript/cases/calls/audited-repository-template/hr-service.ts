import { DepartmentRepository, EmployeeRepository } from "./repositories.js";
import type { Department, Employee } from "./types.js";

export class HrService {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  onboard(employee: Employee, department: Department): void {
    this.departments.save(department);
    this.employees.save(employee);
    console.info("onboarded", employee.id, "into", department.name);
  }

  reorganize(department: Department, newName: string): void {
    this.departments.save({ ...department, name: newName });
    console.info("renamed department", this.departments.find(department.id)?.name);
  }
}
