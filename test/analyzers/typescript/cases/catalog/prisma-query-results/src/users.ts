import type { User } from "../generated/prisma/client.js";
import { posthog } from "./analytics.js";
import { prisma } from "./db.js";
import { logger } from "./logger.js";

export interface UserDTO {
  id: string;
  name: string;
  email: string;
  timeZone?: string;
}

export const toUserDTO = (user: User): UserDTO => ({
  id: user.id,
  name: user.name,
  email: user.email,
  timeZone: user.timeZone ?? undefined,
});

export async function sendDigest(userId: string): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, timeZone: true },
  });
  if (!user) return;
  logger.info({ userId: user.id, timeZone: user.timeZone }, "digest scheduled");
  logger.debug(`digest going out to ${user.email}`);
}

export async function registerUser(userId: string): Promise<UserDTO | null> {
  const row = await prisma.user.findUnique({ where: { id: userId } });
  if (!row) return null;
  const dto = toUserDTO(row);
  posthog.capture({ distinctId: dto.id, event: "register", properties: { $set: { name: dto.name, email: dto.email } } });
  return dto;
}

export async function purgeStaleGuests(cutoff: Date): Promise<number> {
  const stale = await prisma.user.findMany({
    where: { createdAt: { lt: cutoff } },
    select: { id: true, createdAt: true },
  });
  for (const guest of stale) {
    logger.info({ id: guest.id, createdAt: guest.createdAt }, "purging guest");
  }
  return stale.length;
}
