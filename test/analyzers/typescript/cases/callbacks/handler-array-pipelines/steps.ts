import type { Profile } from "./types.js";

export type Step = (value: string) => string;

export const trim: Step = (value) => value.trim();
export const lower: Step = (value) => value.toLowerCase();

export function runPipeline(steps: Step[], input: string): string {
  return steps.reduce((value, step) => step(value), input);
}

export type Attributes = Record<string, string>;
export type Enricher = (attrs: Attributes, profile: Profile) => Attributes;

export const addCity: Enricher = (attrs, profile) => ({ ...attrs, city: profile.city });
export const addName: Enricher = (attrs, profile) => ({ ...attrs, name: profile.displayName });
export const addFaith: Enricher = (attrs, profile) => ({ ...attrs, faith: profile.religion });
