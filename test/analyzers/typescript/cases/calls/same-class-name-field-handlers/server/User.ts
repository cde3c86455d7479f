import Model from "./Model.js";

export class User extends Model {
  id = "";
  name = "";
  email = "";
  lastActiveAt: Date | null = null;
}
