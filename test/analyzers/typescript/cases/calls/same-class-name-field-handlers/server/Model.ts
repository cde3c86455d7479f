import { Model as OrmModel } from "sequelize-typescript";

interface RequestContext {
  transaction?: unknown;
  actorId: string;
}

/**
 * The server's base model: persists through the ORM, with the request's transaction. The ORM is
 * not installed where the scan runs (no node_modules), so its base class and `save` are unknown.
 */
abstract class Model extends OrmModel {
  saveWithCtx(ctx: RequestContext): Promise<this> {
    return this.save({ transaction: ctx.transaction, hooks: true });
  }

  updateWithCtx(ctx: RequestContext, values: Record<string, unknown>): Promise<this> {
    this.set(values);
    return this.save({ transaction: ctx.transaction });
  }
}

export default Model;
