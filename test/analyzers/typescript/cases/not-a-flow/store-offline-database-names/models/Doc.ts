import Model from "./Model";
export default class Doc extends Model {
  static modelName = "Doc";
  title = "";
}
