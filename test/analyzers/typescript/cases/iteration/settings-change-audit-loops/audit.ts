import pino from "pino";
import { changedKeys, changedValues } from "./diff.js";
import type { UserSettings } from "./types.js";

const logger = pino({ name: "settings" });
const latest = new Map<string, UserSettings>();

export function onSettingsSaved(userId: string, before: UserSettings, after: UserSettings): void {
  logger.info({ userId, changed: changedKeys(before, after) }, "settings changed");
  logger.debug({ userId, values: changedValues(before, after) }, "settings values");
  latest.set(userId, after);
}

export function themeReport(): void {
  const themes: Record<string, number> = {};
  for (const [, settings] of latest) themes[settings.theme] = (themes[settings.theme] ?? 0) + 1;
  const languages = new Set<string>();
  for (const settings of latest.values()) languages.add(settings.language);
  logger.info({ themes, languages: [...languages] }, "theme report");
}
