/**
 * A built-in package model: which calls on values that come from a package are sinks, and of
 * which purpose. Entries are plain data (see the files beside this one); the TypeScript analyzer
 * matches them by where the callee's receiver comes from (an import of `modules`, a value made
 * from one) or, for globals, by the global's name.
 */
export type CatalogPurpose = "logging" | "analytics" | "llm" | "third_party" | "storage" | "training";

export interface CatalogSink {
  /**
   * Method or function names that are sinks. `*` = any call on a value from the module.
   * A dotted name (`people.set`, `chat.completions.create`) must match the end of the member chain.
   */
  calls: string[];
  /** Argument positions that carry data out; omitted = every argument. */
  args?: number[];
  /** The call sends a request to the URL in this argument: a relative or first-party URL is not third party. */
  urlArg?: number;
  /** For `new X(...)` instances: a constructor option holding the base URL (axios.create({ baseURL })). */
  baseUrlOption?: string;
}

export interface CatalogEntry {
  /** The name users write in `"catalog": { "disable": [...] }`. */
  id: string;
  purpose: CatalogPurpose;
  /** Package names (and subpaths) whose imports this entry models. */
  modules?: string[];
  /** Global names the entry models without an import (`console`, `fetch`, `gtag`). */
  globals?: string[];
  sinks: CatalogSink[];
}

/**
 * A package's component wrappers (higher-order components): a call of one returns a component
 * that renders the component given as an argument with the props it receives, so a JSX element
 * of the result calls that component. Not a sink: a model of how code runs, always on.
 */
export interface ComponentWrapperEntry {
  id: string;
  /** Package names (and subpaths) that export the wrappers. */
  modules: string[];
  wrappers: ComponentWrapper[];
}

export interface ComponentWrapper {
  /** Exported names (`memo`; also reached as `React.memo` through a default or namespace import). */
  calls: string[];
  /** The argument that is the component; default 0. */
  component?: number;
  /** The component is a render function called with the props and the element's `ref` (`forwardRef`). */
  forwardsRef?: boolean;
  /** The argument loads a module (`() => import("./X")`) whose default export is the component (`lazy`). */
  loads?: boolean;
  /** The wrapper is what the call returns (`inject("store")(Component)`, `connect(map)(Component)`). */
  curried?: boolean;
}
