import { observer } from "mobx-react";
import posthog from "posthog-js";

type Props = { email: string; name: string };

const ProfileCard = observer(function ProfileCard({ email, name }: Props) {
  return (
    <div className="profile-card">
      <h2>{name}</h2>
      <button onClick={() => posthog.capture("profile_contact_clicked", { email })}>Contact</button>
      <button onClick={() => posthog.capture("profile_name_clicked", { name })}>Rename</button>
    </div>
  );
});

export default ProfileCard;
