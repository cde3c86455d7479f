import { observer } from "mobx-react";

type BillingProps = { contact: string; accountId: string };

function Billing({ contact, accountId }: BillingProps) {
  const syncCustomer = () =>
    fetch("https://api.payments-provider.example/v1/customers", {
      method: "POST",
      body: JSON.stringify({ email: contact }),
    });
  const syncPlan = () => fetch("https://api.payments-provider.example/v1/plans", { method: "POST", body: JSON.stringify({ accountId }) });
  return (
    <section>
      <button onClick={syncCustomer}>Update billing contact</button>
      <button onClick={syncPlan}>Change plan</button>
    </section>
  );
}

export default observer(Billing);
