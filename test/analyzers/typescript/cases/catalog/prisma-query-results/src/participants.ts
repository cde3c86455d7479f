import { prisma } from "./db.js";
import { logger } from "./logger.js";

/** Participants answer a poll without an account; their address is not a user's. */
export async function logPollResponses(pollId: string): Promise<void> {
  const participants = await prisma.participant.findMany({
    where: { pollId },
    select: { id: true, name: true, email: true },
  });
  for (const participant of participants) {
    logger.info(`response from ${participant.name} <${participant.email ?? "no e-mail"}>`);
  }
}
