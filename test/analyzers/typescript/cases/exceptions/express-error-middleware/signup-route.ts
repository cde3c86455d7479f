import { HttpError, type Req, type Res } from "./http.js";

export interface SignupBody {
  email: string;
  password: string;
  inviteCode?: string;
}

const registered = new Set<string>();

async function verifyMailbox(address: string): Promise<void> {
  if (!address.includes("@")) throw new Error(`mailbox ${address} rejected by provider`);
}

export async function signupRoute(req: Req<SignupBody>, res: Res): Promise<void> {
  const { email, password } = req.body;
  if (registered.has(email)) {
    throw new HttpError(409, "account already exists", { email });
  }
  if (password.length < 12) {
    throw new HttpError(400, "password too short", { minLength: 12 });
  }
  try {
    await verifyMailbox(email);
  } catch {
    throw new HttpError(502, "mail provider unavailable", { provider: "postmark" });
  }
  registered.add(email);
  res.status(201).json({ ok: true });
}
