import Model from "./Model.js";

export class Member extends Model {
  id = "";
  email = "";
  religion = "";

  async changeEmail(email: string): Promise<Member> {
    this.email = email;
    return this.save();
  }
}
