export { addToSegment, segmentSizes } from "./segments.js";
export { recordImpression } from "./impressions.js";
