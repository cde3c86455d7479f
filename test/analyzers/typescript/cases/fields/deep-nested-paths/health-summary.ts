import type { ExportRow, User } from "./types.js";

export function summarize(user: User) {
  return {
    patient: {
      id: user.id,
      vitals: {
        blood: user.profile.health.bloodType,
        insurer: user.profile.health.insurer,
      },
    },
    meta: { source: "summary" },
  };
}

export function exportRow(user: User): ExportRow {
  const row: ExportRow = {
    user: { id: user.id, medical: { blood: "", note: "none" } },
    meta: { generatedBy: "nightly" },
  };
  row.user.medical.blood = user.profile.health.bloodType;
  return row;
}
