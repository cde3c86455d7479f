import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { anthropic, gemini } from "./llm-clients.js";
import { shippingContext, supportPersona } from "./prompts.js";
import type { Customer } from "./types.js";

export async function suggestReply(customer: Customer, question: string): Promise<string> {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), system: supportPersona(customer), prompt: `Answer this question: ${question}` });
  await anthropic.messages.create({ model: "claude-3-5-sonnet-latest", max_tokens: 400, messages: [{ role: "user", content: `Summarise the account history of ${customer.email}` }] });
  const translated = await gemini.generateContent(`Translate for ${customer.name}. ${shippingContext(customer)} ${text}`);
  await generateText({ model: openai("gpt-4o-mini"), system: "You write subject lines.", prompt: `Subject line for ticket of customer ${customer.id}` });
  return translated.response.text();
}
