import { createTransport, type Transporter } from "nodemailer";
import pino, { type Logger } from "pino";

let cachedTransport: Transporter | undefined;

/** One SMTP transport for the process, built on first use. */
export function getTransport(): Transporter {
  if (!cachedTransport) {
    cachedTransport = createTransport({ host: process.env.SMTP_HOST, port: 587 });
  }
  return cachedTransport;
}

export const moduleLogger = (name: string): Logger => pino({ name, level: "info" });
