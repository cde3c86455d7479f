import { observer } from "mobx-react";
import AccountMenu from "../components/AccountMenu.js";
import ProfileCard from "../components/ProfileCard.js";
import { SignOutButton } from "../components/SignOutButton.js";
import { useStores } from "../stores/index.js";

function Settings() {
  const { auth } = useStores();
  const user = auth.user;
  if (!user) return null;
  return (
    <section className="settings">
      <AccountMenu address={user.email} avatarUrl={user.avatarUrl} />
      <ProfileCard email={user.email} name={user.name} />
      <ProfileCard email="support@example.com" name="Support" />
      <SignOutButton who={user.email} />
    </section>
  );
}

export default observer(Settings);
