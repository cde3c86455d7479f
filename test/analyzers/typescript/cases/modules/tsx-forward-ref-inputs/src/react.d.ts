// The few React and MobX declarations these components use (the case ships no node_modules).
declare module "react" {
  export type ReactNode = import("react/jsx-runtime").JSX.Element | string | number | boolean | null | undefined;
  export interface RefObject<T> {
    current: T | null;
  }
  export type Ref<T> = RefObject<T> | ((instance: T | null) => void) | null;
  export type FunctionComponent<P> = (props: P) => ReactNode;
  export type ForwardRefRenderFunction<T, P> = (props: P, ref: Ref<T>) => ReactNode;
  export function memo<P>(component: FunctionComponent<P>, areEqual?: (prev: P, next: P) => boolean): FunctionComponent<P>;
  export function forwardRef<T, P>(render: ForwardRefRenderFunction<T, P>): FunctionComponent<P & { ref?: Ref<T> }>;
  export function lazy<P>(load: () => Promise<{ default: FunctionComponent<P> }>): FunctionComponent<P>;
  export function useRef<T>(initial: T | null): RefObject<T>;
  export function useState<S>(initial: S): [S, (next: S) => void];
  export function Suspense(props: { fallback?: ReactNode; children?: ReactNode }): ReactNode;
  const React: {
    memo: typeof memo;
    forwardRef: typeof forwardRef;
    lazy: typeof lazy;
    useRef: typeof useRef;
    useState: typeof useState;
    Suspense: typeof Suspense;
  };
  export default React;
}

declare module "react/jsx-runtime" {
  export namespace JSX {
    interface Element {
      readonly type: unknown;
      readonly props: unknown;
    }
    interface IntrinsicElements {
      [tag: string]: Record<string, unknown>;
    }
    interface ElementChildrenAttribute {
      children: {};
    }
  }
  export function jsx(type: unknown, props: unknown, key?: string): JSX.Element;
  export function jsxs(type: unknown, props: unknown, key?: string): JSX.Element;
  export const Fragment: unique symbol;
}
