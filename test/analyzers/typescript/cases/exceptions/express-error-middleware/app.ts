import { withErrors } from "./error-handler.js";
import type { Req, Res } from "./http.js";
import { signupRoute } from "./signup-route.js";

async function healthRoute(_req: Req, res: Res): Promise<void> {
  res.status(200).json({ ok: true });
}

export const routes = {
  "POST /signup": withErrors(signupRoute),
  "GET /health": withErrors(healthRoute),
};
