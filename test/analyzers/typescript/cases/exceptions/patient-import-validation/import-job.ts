import * as Sentry from "@sentry/node";
import { ImportFailed, validateRows } from "./validate.js";
import { PatientStore } from "./patient-store.js";
import type { PatientRow } from "./types.js";

export async function runImport(store: PatientStore, rows: PatientRow[]): Promise<number> {
  try {
    const valid = validateRows(rows);
    await store.insertMany(valid);
    return valid.length;
  } catch (error) {
    if (error instanceof ImportFailed) {
      Sentry.addBreadcrumb({ category: "import", message: error.issues.map((i) => `row ${i.row}: ${i.field}`).join("; ") });
      Sentry.captureException(error, { extra: { issues: error.issues } });
    }
    throw error;
  }
}
