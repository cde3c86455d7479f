import * as React from "react";
import mixpanel from "mixpanel-browser";

type TeamSearchProps = { query: string; placeholder: string };

export const TeamSearch = React.forwardRef(function TeamSearch({ query, placeholder }: TeamSearchProps, ref: React.Ref<HTMLInputElement>) {
  console.debug("team search mounted with ref", ref);
  return <input ref={ref} placeholder={placeholder} onKeyDown={() => mixpanel.track("team_search", { query })} />;
});
