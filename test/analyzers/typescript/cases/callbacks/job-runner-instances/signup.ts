import { auditJobs, welcomeJobs } from "./jobs.js";
import type { User } from "./types.js";

export async function completeSignup(user: User): Promise<void> {
  welcomeJobs.enqueue({ userId: user.id, address: user.email });
  auditJobs.enqueue({ userId: user.id, action: `signup:${user.displayName}` });
  const sent = await welcomeJobs.drain();
  const audited = await auditJobs.drain();
  console.info("signup jobs drained", sent, audited);
}
