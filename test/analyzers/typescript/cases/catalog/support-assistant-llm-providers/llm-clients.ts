import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenerativeAI } from "@google/generative-ai";

export const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
export const gemini = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "").getGenerativeModel({ model: "gemini-1.5-flash" });
