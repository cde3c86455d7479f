import type { CatalogEntry, CatalogSink } from "../../catalog/index.js";
import type { LineageConfig } from "../../config/types.js";
import type { SourceMark } from "../../graph/lineage-graph.js";
import { ts } from "ts-morph";
import { parseCallRule as splitCall } from "../../config/match.js";

/**
 * Config rules, catalog entries and JSDoc annotations, indexed by the callee or property name so
 * that a call whose name no rule mentions costs one map lookup and no type query.
 */

export interface CallRuleBase {
  /** `AdsClient` in `AdsClient.track`. */
  qualifier?: string;
  name: string;
  /** Only bindings imported from this module. */
  module?: string;
  /** Only calls that resolve to this declaration (a JSDoc-annotated function). */
  declaration?: ts.Node;
  /** As written by the user (`AdsClient.track`), for the report. */
  asset: string;
  /** Where the rule comes from: `config`, `@sink`, `catalog:pino` … */
  origin: string;
}

export interface SourceCallRule extends CallRuleBase {
  label: string;
  kind: SourceMark["kind"];
}

export interface SinkCallRule extends CallRuleBase {
  purpose: string;
  args?: number[];
}

export interface SanitizerCallRule extends CallRuleBase {
  removes: string[];
}

export interface ParamSourceRule {
  label: string;
  /** Function name, or `Class.method`. */
  qualifier?: string;
  name: string;
  index: number;
}

export interface PropertyLabel {
  label: string;
  /** Declaring interface, class or type alias name. */
  owner: string;
  property: string;
  kind: SourceMark["kind"];
}

export class RuleIndex {
  readonly sourceCalls = new Map<string, SourceCallRule[]>();
  readonly sinkCalls = new Map<string, SinkCallRule[]>();
  readonly sanitizers = new Map<string, SanitizerCallRule[]>();
  readonly paramSources = new Map<string, ParamSourceRule[]>();
  readonly properties = new Map<string, PropertyLabel[]>();
  /** Catalog sinks by member name; `*` entries by module. */
  readonly catalogByName = new Map<string, Array<{ entry: CatalogEntry; sink: CatalogSink; call: string }>>();
  readonly catalogAnyCall: Array<{ entry: CatalogEntry; sink: CatalogSink }> = [];
  readonly catalogGlobals = new Map<string, CatalogEntry[]>();

  constructor(config: LineageConfig, catalog: readonly CatalogEntry[]) {
    for (const rule of config.sources ?? []) {
      if ("call" in rule) push(this.sourceCalls, { ...splitCall(rule.call), module: rule.module, label: rule.label, kind: "call", asset: rule.call, origin: "config" });
      else if ("property" in rule) {
        const { qualifier, name } = splitCall(rule.property);
        push(this.properties, { label: rule.label, owner: qualifier ?? "", property: name, kind: "property" }, name);
      } else if ("param" in rule) {
        const { qualifier, name } = splitCall(rule.param);
        push(this.paramSources, { label: rule.label, qualifier, name, index: rule.index }, name);
      }
    }
    for (const rule of config.sinks ?? []) {
      if ("call" in rule) push(this.sinkCalls, { ...splitCall(rule.call), module: rule.module, purpose: rule.purpose, args: rule.args, asset: rule.call, origin: "config" });
    }
    for (const rule of config.sanitizers ?? []) {
      push(this.sanitizers, { ...splitCall(rule.call), module: rule.module, removes: rule.removes, asset: rule.call, origin: "config" });
    }
    for (const entry of catalog) {
      for (const sink of entry.sinks) {
        for (const call of sink.calls) {
          if (call === "*") this.catalogAnyCall.push({ entry, sink });
          else push(this.catalogByName, { entry, sink, call }, call.split(".").pop()!);
        }
      }
      for (const global of entry.globals ?? []) push(this.catalogGlobals, entry, global);
    }
  }

  addSourceCall(rule: SourceCallRule): void {
    push(this.sourceCalls, rule);
  }

  addSinkCall(rule: SinkCallRule): void {
    push(this.sinkCalls, rule);
  }

  addSanitizer(rule: SanitizerCallRule): void {
    push(this.sanitizers, rule);
  }

  addPropertyLabel(label: PropertyLabel): void {
    push(this.properties, label, label.property);
  }

  /** Whether any rule or catalog entry could apply to a call named `name`. */
  mentions(name: string): boolean {
    return (
      this.sourceCalls.has(name) ||
      this.sinkCalls.has(name) ||
      this.sanitizers.has(name) ||
      this.catalogByName.has(name) ||
      this.catalogGlobals.has(name)
    );
  }
}

function push<T extends { name: string }>(map: Map<string, T[]>, item: T): void;
function push<T>(map: Map<string, T[]>, item: T, key: string): void;
function push<T>(map: Map<string, T[]>, item: T, key?: string): void {
  const k = key ?? (item as { name: string }).name;
  const list = map.get(k);
  if (list) list.push(item);
  else map.set(k, [item]);
}
