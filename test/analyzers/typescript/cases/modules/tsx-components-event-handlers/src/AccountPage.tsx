import { track } from "./analytics.js";
import { ContactButton, PlanBadge } from "./components.js";
import type { Account } from "./types.js";

const SUPPORT_EMAIL = "support@example.com";

export function AccountPage({ account }: { account: Account }) {
  return (
    <section className="account">
      <ContactButton email={account.email} label="Contact me" />
      <ContactButton email={SUPPORT_EMAIL} label="Contact support" />
      <PlanBadge plan={account.plan} upgradeUrl="/upgrade" />
      <button onClick={() => track("phone_click", account.phone)}>Call</button>
      <button onClick={() => track("id_click", account.id)}>Copy id</button>
    </section>
  );
}
