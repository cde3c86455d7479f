import { Team } from "./Team.js";
import { User } from "./User.js";

/** The team settings screen: renames the team from the form's input. */
export async function onRenameSubmit(form: { name: string; id: string }): Promise<void> {
  const team = new Team({ id: form.id });
  await team.rename(form.name.trim());
}

/** The account screen: saves the new address the user typed. */
export async function onEmailSubmit(form: { email: string; id: string }): Promise<void> {
  const user = new User({ id: form.id });
  await user.changeEmail(form.email);
}
