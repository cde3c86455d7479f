import { Model as OrmModel } from "tiny-orm";

/** The server's base model: persists through the ORM. */
abstract class Model extends OrmModel {
  async saveWithAudit(actorId: string): Promise<this> {
    console.info("saving", { model: this.constructor.name, actorId });
    return this.save();
  }
}

export default Model;
