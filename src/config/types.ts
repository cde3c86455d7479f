import type { Diagnostic } from "../diagnostics.js";

/** The shape of `lineage.config.json` (see schemas/config.schema.json and the contract). */

export interface LabelPolicy {
  description?: string;
  allowedPurposes?: string[];
  deniedPurposes?: string[];
}

export type SourceRule =
  | { label: string; call: string; module?: string }
  | { label: string; property: string }
  | { label: string; column: string }
  | { label: string; param: string; index: number };

export type SinkRule =
  | { purpose: string; call: string; args?: number[]; module?: string }
  | { purpose: string; table: string };

export interface SanitizerRule {
  call: string;
  removes: string[];
  module?: string;
}

export interface Zone {
  purpose: string;
  paths?: string[];
  tables?: string[];
}

export interface Job {
  name: string;
  purpose: string;
  reads: string[];
}

export interface SqlOptions {
  dialect?: string;
  defaultSchema?: string;
}

export interface LineageConfig {
  include?: string[];
  exclude?: string[];
  tsconfig?: string;
  allowJs?: boolean;
  sql?: SqlOptions;
  labels?: Record<string, LabelPolicy>;
  sources?: SourceRule[];
  sinks?: SinkRule[];
  sanitizers?: SanitizerRule[];
  zones?: Zone[];
  jobs?: Job[];
  catalog?: false | { disable?: string[] };
  firstPartyHosts?: string[];
  /** Report labelled data used only in a condition as flows of kind `implicit`. */
  implicitFlows?: boolean;
}

/** A config as loaded: the values plus where things were declared, for positions in reports. */
export interface LoadedConfig {
  config: LineageConfig;
  /** The config file, relative to the scan root (undefined when built-in defaults are used). */
  file?: string;
  /** 1-based line and column of each job's declaration in the config file, by job name. */
  jobPositions: Record<string, { line: number; column: number }>;
  /**
   * Warnings about a usable config (a policy purpose one typo away from a purpose that is used),
   * positioned in the config file, for the report's diagnostics.
   */
  diagnostics?: Diagnostic[];
}
