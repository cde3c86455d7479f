import OpenAI from "openai";
import { PostHog } from "posthog-node";

export const posthog = new PostHog(process.env.POSTHOG_KEY ?? "", { host: "https://eu.posthog.com" });
export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
