import Model from "./Model.js";

/** The server's copy of a member's preferences (a table of its own). */
export class Preferences extends Model {
  memberId = "";
  religion = "";
}
