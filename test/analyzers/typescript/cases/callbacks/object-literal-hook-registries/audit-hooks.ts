import type { Member } from "./member.js";

type AuditHook = (member: Member) => void;

/** Hooks run after a member's profile changes: the audit trail (a module of its own). */
export default {
  hooks: [] as AuditHook[],

  register(hook: AuditHook): void {
    this.hooks.push(hook);
  },

  run(member: Member): void {
    for (const hook of this.hooks) hook(member);
  },
};
