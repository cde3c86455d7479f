import type { SessionUser } from "@/lib/session";

export interface ExportPreferences {
  format: "csv" | "json";
  exportAddress?: string;
}

const stored = new Map<string, ExportPreferences>();

export async function loadPreferences(userId: string): Promise<ExportPreferences> {
  return stored.get(userId) ?? { format: "csv" };
}

export async function resolveRecipient(user: SessionUser): Promise<string> {
  const prefs = await loadPreferences(user.id);
  return prefs.exportAddress ?? user.email;
}
