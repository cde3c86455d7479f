import { useState } from "react";
import MemberRow from "../components/MemberRow.js";
import { MemberBadge } from "../components/MemberBadge.js";
import type { Member } from "../types.js";

export function MembersList({ members }: { members: Member[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <ul data-selected={selected}>
      {members.map((member) => (
        <div key={member.id}>
          <MemberBadge initials={member.initials} contact={member.email} />
          <MemberRow email={member.email} role={member.role} onSelect={(email) => setSelected(email)} />
        </div>
      ))}
    </ul>
  );
}
