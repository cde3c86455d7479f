import { getTransport, moduleLogger } from "./transport.js";
import type { Member } from "./types.js";

const log = moduleLogger("invitations");

export async function sendInvitation(member: Member, pollTitle: string): Promise<void> {
  await getTransport().sendMail({
    to: member.email,
    subject: `You're invited to ${pollTitle}`,
    text: `Hi ${member.displayName}, vote on ${pollTitle}.`,
  });
  log.info({ memberId: member.id, pollTitle }, "invitation sent");
  log.warn({ to: member.email }, "invitation may bounce");
}
