import { openai, posthog } from "./clients.js";
import type { Account, Profile } from "./types.js";

export async function suggestOpener(account: Account, me: Profile, them: Profile): Promise<string> {
  posthog.capture({ distinctId: account.id, event: "opener_requested", properties: { plan: account.plan } });
  posthog.identify({ distinctId: account.id, properties: { email: account.email } });

  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Suggest a friendly first message." },
      { role: "user", content: `I like ${me.displayName}. They live in ${them.city} and are ${them.religion}.` },
    ],
  });
  return completion.choices[0]?.message?.content ?? "";
}
