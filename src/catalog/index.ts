import * as analytics from "./analytics.js";
import * as llm from "./llm.js";
import * as logging from "./logging.js";
import * as react from "./react.js";
import * as storage from "./storage.js";
import * as thirdParty from "./third-party.js";
import type { CatalogEntry, ComponentWrapperEntry } from "./types.js";

export type { CatalogEntry, CatalogPurpose, CatalogSink, ComponentWrapper, ComponentWrapperEntry } from "./types.js";

/** Every built-in package model, ordered by id. */
export const builtinCatalog: readonly CatalogEntry[] = [logging, analytics, llm, thirdParty, storage]
  .flatMap((group) => Object.values(group) as CatalogEntry[])
  .sort((a, b) => (a.id < b.id ? -1 : 1));

/**
 * Component wrappers (`memo`, `forwardRef`, `observer`, …), ordered by id. Models of how code runs
 * rather than sinks, like the standard library's: always on, whatever the `catalog` setting.
 */
export const componentWrappers: readonly ComponentWrapperEntry[] = (Object.values(react) as ComponentWrapperEntry[]).sort((a, b) => (a.id < b.id ? -1 : 1));

/** The entries in force for a config's `catalog` setting. */
export function activeCatalog(setting: false | { disable?: string[] } | undefined): CatalogEntry[] {
  if (setting === false) return [];
  const disabled = new Set(setting?.disable ?? []);
  return builtinCatalog.filter((entry) => !disabled.has(entry.id));
}
