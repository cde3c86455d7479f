type CacheHook = (key: string) => void;

/** Hooks run when a cache entry is evicted: another module's registry, written the same way. */
export default {
  hooks: [] as CacheHook[],

  register(hook: CacheHook): void {
    this.hooks.push(hook);
  },

  run(key: string): void {
    for (const hook of this.hooks) hook(key);
  },
};
