import { AuditedRepository } from "./audited-repository.js";
import type { Department, Employee } from "./types.js";

export class EmployeeRepository extends AuditedRepository<Employee> {
  protected auditLine(employee: Employee): string {
    return `employee ${employee.id} (ssn ${employee.ssn})`;
  }
}

export class DepartmentRepository extends AuditedRepository<Department> {
  protected auditLine(department: Department): string {
    return `department ${department.id} "${department.name}" / ${department.costCenter}`;
  }
}
