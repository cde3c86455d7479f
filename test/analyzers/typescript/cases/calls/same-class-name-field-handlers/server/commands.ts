import type { User } from "./User.js";

interface RequestContext {
  transaction?: unknown;
  actorId: string;
}

/** Changes a user's e-mail address and records who changed it. */
export async function changeEmail(ctx: RequestContext, user: User, email: string): Promise<User> {
  user.email = email;
  await user.saveWithCtx(ctx);
  console.info("user.email_changed", { userId: user.id, actorId: ctx.actorId, email: user.email });
  return user;
}

export async function touch(ctx: RequestContext, user: User): Promise<User> {
  return user.updateWithCtx(ctx, { lastActiveAt: new Date() });
}
