import { log } from "./log.js";
import { SENDER, sms } from "./sms.js";
import type { Member } from "./types.js";

function maskPhone(phone: string): string {
  return `${"*".repeat(Math.max(phone.length - 2, 0))}${phone.slice(-2)}`;
}

export async function sendVerificationCode(member: Member, code: string): Promise<void> {
  const to = member.phone.trim();
  const body = member.locale === "de" ? `Ihr Code lautet ${code}` : `Your code is ${code}`;
  await sms.messages.create({ to, from: SENDER, body });
  log.info({ memberId: member.id, chars: body.length }, "verification sms sent");
  log.info(`verification sms sent to ${maskPhone(member.phone)}`);

  let contact = member.phone;
  contact = `member:${member.id}`;
  log.debug({ contact }, "verification contact");
}
