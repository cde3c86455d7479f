/**
 * Held-out SQL lineage cases (holdout/*.yaml): written by hand from the public contract, without
 * looking at the analyzer, to measure it on SQL it was not tuned to. Same format and checks as the
 * spec; a case the analyzer gets wrong carries `todo: "<what it does wrong>"`.
 */
import path from "node:path";
import { describeCases } from "./describe-cases.js";
import { loadCases } from "./spec.js";

describeCases("SQL lineage hold-out set", loadCases(path.join(import.meta.dirname, "holdout")), 80);
