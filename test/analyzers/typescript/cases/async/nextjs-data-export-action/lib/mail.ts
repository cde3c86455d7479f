const SENDGRID_URL = "https://api.sendgrid.com/v3/mail/send";

export async function sendExportMail(to: string, ticket: string): Promise<void> {
  await fetch(SENDGRID_URL, { method: "POST", body: JSON.stringify({ personalizations: [{ to: [{ email: to }] }], subject: `Your export ${ticket}` }) });
}

export async function createExportTicket(userId: string): Promise<string> {
  return `exp_${userId}_${Date.now().toString(36)}`;
}
