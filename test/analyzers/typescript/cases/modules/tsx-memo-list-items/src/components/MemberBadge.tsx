import { memo } from "react";
import { logger } from "../logger.js";

export type MemberBadgeProps = { initials: string; contact: string };

export const MemberBadge = memo((props: MemberBadgeProps) => (
  <span
    className="badge"
    onMouseEnter={() => logger.info({ contact: props.contact }, "badge hovered")}
    onClick={() => logger.info({ initials: props.initials }, "badge clicked")}
  >
    {props.initials}
  </span>
));
