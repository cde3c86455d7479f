import { Sequelize } from "sequelize";
import { readSignupForm } from "./form.js";

const db = new Sequelize(process.env.DATABASE_URL ?? "");

export async function signup(teamId: string, name: string): Promise<string> {
  const form = readSignupForm();
  const user = await db.models.User.create({ teamId, email: form.email, name });
  console.info("created user", user.id);
  console.info("created user", user.teamId, user.name);
  console.info("created user", user);
  return String(user.id);
}
