import { logContact } from "./contact-log.js";
import { makePlanReminder, makeReminder } from "./factories.js";
import type { Account } from "./types.js";

export function scheduleReminders(account: Account): void {
  const remind = makeReminder(account);
  setTimeout(remind, 5_000);
  const remindPlan = makePlanReminder(account);
  remindPlan();
}

export function logChannels(account: Account): void {
  logContact.call({ name: "sms" }, account.phone);
  logContact.apply({ name: "mail" }, [account.email]);
  const push = logContact.bind({ name: "push" });
  push(account.id);
}

export function logVoiceChannel(account: Account): void {
  const voice = logContact.bind({ name: "voice" }, account.phone);
  voice();
}

export function deferWelcome(account: Account): void {
  const email = account.email;
  setTimeout(() => {
    console.info("welcome mail scheduled", email);
  }, 1_000);
  queueMicrotask(() => console.info("welcome microtask", account.id));
  const phone = account.phone;
  queueMicrotask(() => console.info("sms verification queued", phone));
}
