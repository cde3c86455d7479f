import bunyan from "bunyan";
import { Geocoder } from "./geocoder.js";

const log = bunyan.createLogger({ name: "profile-api" });
const geocoder = new Geocoder();

/**
 * Stores a new postal address for the member.
 * @param memberId the member's id
 * @param address @label address
 */
export async function changeAddress(memberId: string, address: string): Promise<void> {
  log.info({ memberId }, "address change requested");
  const position = await geocoder.lookup(address.trim());
  log.info({ memberId, found: position !== undefined }, "address geocoded");
  log.info(`member ${memberId} moved to ${address}`);
}

export const changeBirthday = async (memberId: string, /** @label dob */ birthday: string): Promise<void> => {
  log.info({ memberId, year: birthday.slice(0, 4) }, "birthday changed");
};

export class NicknameHandler {
  update(memberId: string, /** @label nickname */ nickname: string, locale: string): void {
    log.debug({ memberId, locale }, "nickname update");
    log.debug({ memberId, length: nickname.length }, "nickname length");
  }
}
