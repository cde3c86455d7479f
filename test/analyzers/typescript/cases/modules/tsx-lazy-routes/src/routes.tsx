import React, { lazy, Suspense } from "react";
import type { Account } from "./types.js";

const Billing = lazy(() => import("./scenes/Billing.js"));
const Profile = React.lazy(() => import("./scenes/Profile.js"));

export function AccountRoutes({ account, page }: { account: Account; page: "billing" | "profile" }) {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      {page === "billing" ? (
        <Billing contact={account.billingEmail} accountId={account.id} />
      ) : (
        <Profile displayName={account.name} contact={account.billingEmail} />
      )}
    </Suspense>
  );
}
