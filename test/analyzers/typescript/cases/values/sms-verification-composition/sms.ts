import twilio from "twilio";

export const sms = twilio(process.env.TWILIO_ACCOUNT_SID ?? "", process.env.TWILIO_AUTH_TOKEN ?? "");
export const SENDER = "+15005550006";
