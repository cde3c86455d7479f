import Model from "./Model.js";

export class Team extends Model {
  readonly modelName = "teams";
  name = "";
  avatarUrl = "";
  protected readonly apiFields = ["name", "avatarUrl"] as const;

  rename(name: string): Promise<this> {
    this.name = name;
    return this.save({ name });
  }
}
