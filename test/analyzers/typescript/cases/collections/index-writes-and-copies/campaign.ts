import { Mailer } from "./mailer.js";
import { displayNames, recipientsFor } from "./recipients.js";
import type { Account } from "./types.js";

export function runCampaign(mailer: Mailer, accounts: Account[], owner: Account): void {
  const to = recipientsFor(accounts);
  mailer.send(to.slice(0, 10));
  mailer.send(displayNames(accounts).join(", "));

  const queue: string[] = ["ops@heartline.example"];
  queue.unshift(owner.phone);
  mailer.send(queue);

  const spreadCopy = [...to];
  mailer.send(spreadCopy);

  const shouted = Array.from(to, (address) => address.toUpperCase());
  mailer.send(shouted);

  const lengths = Array.from(to, (address) => address.length);
  mailer.send(lengths);

  const names = displayNames(accounts);
  mailer.send(structuredClone(names));
  mailer.send(names.slice(1).join(";"));

  const cc = [owner.displayName, "support"];
  cc[1] = owner.email;
  mailer.send(cc.join(","));

  mailer.send(structuredClone(owner));
}
