import { observer } from "mobx-react";

type Props = { address: string; avatarUrl: string };

function AccountMenu({ address, avatarUrl }: Props) {
  const open = () => {
    console.info("account menu opened for", address);
  };
  return (
    <nav>
      <img src={avatarUrl} onError={() => console.warn("avatar failed", avatarUrl)} />
      <button onClick={open}>Account</button>
    </nav>
  );
}

export default observer(AccountMenu);
