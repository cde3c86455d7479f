import { AuthStore } from "./AuthStore.js";

export class RootStore {
  readonly auth = new AuthStore();
}

const stores = new RootStore();

export function useStores(): RootStore {
  return stores;
}
