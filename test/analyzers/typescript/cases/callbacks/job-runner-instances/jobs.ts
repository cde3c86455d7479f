import nodemailer from "nodemailer";
import { JobRunner } from "./runner.js";

export interface WelcomeJob {
  userId: string;
  address: string;
}

export interface AuditJob {
  userId: string;
  action: string;
}

const transport = nodemailer.createTransport({ host: "smtp.mailgun.org", port: 587 });

export const welcomeJobs = new JobRunner<WelcomeJob>("welcome", async (job) => {
  await transport.sendMail({ from: "hello@acme.io", to: job.address, subject: "Welcome!", text: "Thanks for joining." });
});

export const auditJobs = new JobRunner<AuditJob>("audit", async (job) => {
  console.info("audit event", job);
});
