import pino from "pino";
import { Note } from "./entity.js";
import { EntityStore } from "./store.js";
import type { Member } from "./types.js";

const logger = pino({ name: "notes" });

export function importNote(owner: Member, raw: { id: string; title: string }): void {
  const store = new EntityStore(owner, Note);
  const note = store.build(raw);
  logger.info({ noteId: note.id, title: note.title }, "note imported");
  logger.debug({ note }, "note built");
}
