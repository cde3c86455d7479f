export { createTransport } from "nodemailer";
export type { Transporter } from "nodemailer";
