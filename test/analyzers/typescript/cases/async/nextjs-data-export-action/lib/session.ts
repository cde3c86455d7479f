export interface SessionUser {
  id: string;
  email: string;
  role: "member" | "admin";
}

const sessions = new Map<string, SessionUser>();

export async function currentUser(token: string): Promise<SessionUser> {
  const user = sessions.get(token);
  if (!user) throw new Error("not signed in");
  return user;
}
