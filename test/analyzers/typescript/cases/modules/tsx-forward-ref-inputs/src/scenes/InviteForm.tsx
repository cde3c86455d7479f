import { useRef, useState } from "react";
import EmailField from "../components/EmailField.js";
import { InviteSummary } from "../components/InviteSummary.js";
import PhoneInput from "../components/PhoneInput.js";
import { TeamSearch } from "../components/TeamSearch.js";
import type { Invitee } from "../types.js";

export function InviteForm({ invitee }: { invitee: Invitee }) {
  const emailRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState("");
  return (
    <form>
      <EmailField ref={emailRef} value={invitee.email} label="E-mail" onChange={setDraft} />
      <PhoneInput phone={invitee.phone} country="SE" />
      <TeamSearch ref={emailRef} query={draft} placeholder={invitee.email} />
      <InviteSummary ref={summaryRef} address={invitee.email} team={invitee.team} />
    </form>
  );
}
