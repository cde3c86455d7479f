import type { CatalogEntry } from "./types.js";

/** Any call on an LLM client sends its arguments to the model provider. */
export const openai = { id: "openai", purpose: "llm", modules: ["openai"], sinks: [{ calls: ["*"] }] } satisfies CatalogEntry;
export const anthropic = { id: "anthropic", purpose: "llm", modules: ["@anthropic-ai/sdk"], sinks: [{ calls: ["*"] }] } satisfies CatalogEntry;
export const googleGenerativeAi = { id: "google-generative-ai", purpose: "llm", modules: ["@google/generative-ai", "@google/genai"], sinks: [{ calls: ["generateContent", "generateContentStream", "sendMessage", "sendMessageStream", "countTokens", "embedContent", "batchEmbedContents", "startChat"] }] } satisfies CatalogEntry;
export const aiSdk = { id: "ai-sdk", purpose: "llm", modules: ["ai"], sinks: [{ calls: ["generateText", "streamText", "generateObject", "streamObject", "embed", "embedMany"] }] } satisfies CatalogEntry;
export const langchain = { id: "langchain", purpose: "llm", modules: ["langchain", "@langchain/openai", "@langchain/anthropic", "@langchain/core", "@langchain/community", "@langchain/google-genai", "@langchain/mistralai"], sinks: [{ calls: ["invoke", "stream", "batch", "call", "predict", "generate", "embedQuery", "embedDocuments"] }] } satisfies CatalogEntry;
export const mistral = { id: "mistral", purpose: "llm", modules: ["@mistralai/mistralai"], sinks: [{ calls: ["*"] }] } satisfies CatalogEntry;
export const cohere = { id: "cohere", purpose: "llm", modules: ["cohere-ai"], sinks: [{ calls: ["*"] }] } satisfies CatalogEntry;
