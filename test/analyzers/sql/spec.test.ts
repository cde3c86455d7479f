import { describeCases } from "./describe-cases.js";
import { loadCases } from "./spec.js";

describeCases("SQL lineage spec", loadCases(), 150);
