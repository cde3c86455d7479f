import { AdsClient } from "../ads-client.js";
import Model from "./Model.js";

const ads = new AdsClient();

export class Preferences extends Model {
  readonly endpoint = "preferences";
  religion = "";
  theme: "light" | "dark" = "light";

  async save(): Promise<this> {
    ads.track(`${this.endpoint}.save`, this);
    return this;
  }

  async setReligion(religion: string): Promise<this> {
    this.religion = religion;
    return this.save();
  }
}
