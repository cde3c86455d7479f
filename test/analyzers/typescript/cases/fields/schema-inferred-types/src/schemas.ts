import { z } from "zod";

export const signupSchema = z.object({
  email: z.string().email(),
  displayName: z.string().min(1),
  marketingOptIn: z.boolean().default(false),
});
export type Signup = z.infer<typeof signupSchema>;

export const accountSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string().email(),
    plan: z.enum(["free", "pro"]),
  })
  .strict();
export type Account = z.output<typeof accountSchema>;

/** An invitation names the address to invite; it is not an account's address yet. */
export const inviteSchema = z.object({
  email: z.string().email(),
  teamId: z.string(),
});
export type Invite = z.infer<typeof inviteSchema>;
