import { client } from "./ApiClient.js";

/**
 * The browser's base model. Its handlers are arrow-function fields (so they can be passed to
 * buttons as they are); it shares its class name with the server's Sequelize-style base model.
 */
export default abstract class Model {
  abstract readonly modelName: string;
  id = "";
  isSaving = false;

  constructor(fields: Record<string, unknown> = {}) {
    Object.assign(this, fields);
  }

  save = async (params?: Record<string, unknown>): Promise<this> => {
    this.isSaving = true;
    try {
      await client.post(`/${this.modelName}.update`, { id: this.id, ...(params ?? this.toAPI()) });
      return this;
    } finally {
      this.isSaving = false;
    }
  };

  /** The fields the API accepts, by name (each model lists its own). */
  protected abstract readonly apiFields: readonly string[];

  /** The model as the API takes it: every field it accepts, read by name. */
  toAPI(): Record<string, unknown> {
    const output: Record<string, unknown> = { id: this.id };
    for (const field of this.apiFields) output[field] = (this as unknown as Record<string, unknown>)[field];
    return output;
  }
}
