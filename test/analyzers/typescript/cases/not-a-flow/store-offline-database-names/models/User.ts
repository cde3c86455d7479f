import Model from "./Model";
export default class User extends Model {
  static modelName = "User";
  name = "";
  email = "";
}
