import type { Entity } from "./entity.js";
import type { Member } from "./types.js";

/** Builds entities of one class, held as a value (`typeof Entity`), for the signed-in member. */
export class EntityStore {
  constructor(
    readonly owner: Member,
    private readonly model: typeof Entity,
  ) {}

  build(fields: { id: string; title: string }): Entity {
    const EntityClass = this.model;
    return new EntityClass(fields, this);
  }
}
