import auditHooks from "./audit-hooks.js";
import cacheHooks from "./cache-hooks.js";
import type { Member } from "./member.js";

// The cache's hook logs which key went: no member data reaches it.
cacheHooks.register((key) => {
  console.debug("cache.evicted", key);
});

// The audit hook keeps the member's id and name on the audit trail, and logs the member while debugging.
auditHooks.register((member) => {
  auditTrail.push({ memberId: member.id, name: member.displayName, at: Date.now() });
  console.info("audit", member);
});

const auditTrail: Array<{ memberId: string; name: string; at: number }> = [];

export function onProfileSaved(member: Member): void {
  auditHooks.run(member);
  cacheHooks.run(`member:${member.id}`);
}

export function onReligionChanged(member: Member, religion: string): void {
  member.religion = religion;
  auditHooks.run(member);
}
