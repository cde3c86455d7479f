import { forwardRef, memo } from "react";

type InviteSummaryProps = { address: string; team: string };

export const InviteSummary = memo(
  forwardRef<HTMLDivElement, InviteSummaryProps>(function InviteSummary({ address, team }, ref) {
    console.log("inviting", address);
    console.log("to team", team);
    return <div ref={ref}>{team}</div>;
  }),
);
