import type { UserSettings } from "./types.js";

export function changedKeys(before: UserSettings, after: UserSettings): string[] {
  const changed: string[] = [];
  for (const key in after) {
    const k = key as keyof UserSettings;
    if (before[k] !== after[k]) changed.push(k);
  }
  return changed;
}

export function changedValues(before: UserSettings, after: UserSettings): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (before[key as keyof UserSettings] !== value) lines.push(`${key}=${String(value)}`);
  }
  return lines;
}
