import { AdsClient } from "./ads-client.js";
import { FaithMapper, GeoMapper } from "./mappers.js";
import type { Profile } from "./types.js";

export class Segmenter {
  private readonly geo = new GeoMapper();

  constructor(
    private readonly ads: AdsClient,
    private readonly faith: FaithMapper,
  ) {}

  run(profile: Profile): void {
    this.ads.track("segment_geo", this.geo.toSegment(profile));
    this.ads.track("segment_faith", this.faith.toSegment(profile));
  }
}
