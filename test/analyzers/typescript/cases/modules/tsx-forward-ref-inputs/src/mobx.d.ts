// The few MobX declarations these components use (the case ships no node_modules).
declare module "mobx" {
  export function makeAutoObservable<T extends object>(target: T): T;
}

declare module "mobx-react" {
  export function observer<T>(component: T): T;
  export function inject(...stores: string[]): <T>(component: T) => T;
}
