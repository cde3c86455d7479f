import { track } from "./analytics.js";

export interface ContactButtonProps {
  email: string;
  label: string;
}

export function ContactButton({ email, label }: ContactButtonProps) {
  return (
    <button type="button" onClick={() => track("contact_click", { email })}>
      {label}
    </button>
  );
}

export function PlanBadge(props: { plan: string; upgradeUrl: string }) {
  const { plan } = props;
  return (
    <a href={props.upgradeUrl} onClick={() => track("plan_click", plan)}>
      {plan}
    </a>
  );
}
