import { inject, observer } from "mobx-react";

type Props = { who: string };

export const SignOutButton = inject("auth")(
  observer(({ who }: Props) => <button onClick={() => console.log("signing out", who)}>Sign out</button>),
);
