import React from "react";
import { logger } from "../logger.js";

type MemberRowProps = { email: string; role: string; onSelect: (email: string) => void };

function MemberRow({ email, role, onSelect }: MemberRowProps) {
  logger.debug({ email }, "rendering member row");
  logger.debug({ role }, "member role shown");
  return <li onClick={() => onSelect(email)}>{role}</li>;
}

export default React.memo(MemberRow, (prev, next) => prev.email === next.email && prev.role === next.role);
