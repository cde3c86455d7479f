import { memo } from "react";

function MemberListItem(props: { name: string; role: string }) {
  console.log("member list item", props);
  return (
    <li>
      {props.name} ({props.role})
    </li>
  );
}

export default memo(MemberListItem, (prev, next) => prev.name === next.name && prev.role === next.role);
