import { forwardRef, memo } from "react";
import { observer } from "mobx-react";
import { logger } from "../logger.js";

export type MemberCardProps = { id: string; name: string };

export const MemberCard = observer(
  memo(
    forwardRef<HTMLDivElement, MemberCardProps>(function MemberCard(props, ref) {
      logger.info(props, "member card rendered");
      return (
        <div ref={ref} data-id={props.id}>
          {props.name}
        </div>
      );
    }),
  ),
);
