import { useRef } from "react";
import { observer } from "mobx-react";
import { MemberCard } from "../components/MemberCard.js";
import MemberListItem from "../components/MemberListItem.js";
import type { Member } from "../types.js";

export const Team = observer(function Team({ members }: { members: Member[] }) {
  const featured = useRef<HTMLDivElement>(null);
  const [first] = members;
  return (
    <>
      {first && <MemberCard ref={featured} id={first.id} name={first.name} />}
      <ul>
        {members.map((member) => (
          <MemberListItem key={member.email} name={member.name} role={member.role} />
        ))}
      </ul>
    </>
  );
});
