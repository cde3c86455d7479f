import Model from "./Model.js";

/** The browser's copy of the signed-in user (a different class from the server's User too). */
export class User extends Model {
  readonly modelName = "users";
  name = "";
  email = "";
  protected readonly apiFields = ["name", "email"] as const;

  changeEmail(email: string): Promise<this> {
    this.email = email;
    return this.save();
  }
}
