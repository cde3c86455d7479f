import { Analytics } from "./analytics.js";
import { Cache, identity, pick, Repository, Result } from "./generics.js";
import type { Patient, Ward } from "./types.js";

export function wardReport(analytics: Analytics, patient: Patient, ward: Ward): void {
  const diagnosis = identity(patient.diagnosis);
  const wardName = identity(ward.name);
  analytics.capture("report_ward", wardName);
  analytics.capture("report_diagnosis", diagnosis);

  analytics.capture("report_pick_floor", pick(ward, "floor"));
  analytics.capture("report_pick_rate", pick(patient, "heartRate"));

  const parsed = Result.ok(patient.diagnosis);
  const failed = Result.fail<string, Error>(new Error("ward offline"));
  analytics.capture("report_result", parsed.unwrapOr("unknown"));
  analytics.capture("report_failed", failed.unwrapOr("none"));
}

export function cachedReport(analytics: Analytics, patient: Patient): void {
  const diagnoses = new Cache<string, string>();
  const wards = new Cache<string, string>();
  diagnoses.set(patient.id, patient.diagnosis);
  wards.set(patient.id, patient.ward);
  analytics.capture("cache_ward", wards.get(patient.id));
  analytics.capture("cache_diagnosis", diagnoses.get(patient.id));
}

export function repositoryReport(analytics: Analytics, patients: Repository<Patient>, wards: Repository<Ward>, id: string): void {
  const ward = wards.findById(id);
  analytics.capture("repo_ward", ward?.name);
  const patient = patients.findById(id);
  const rate = patient?.heartRate;
  analytics.capture("repo_rate", rate);
}
