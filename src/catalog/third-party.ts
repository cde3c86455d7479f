import type { CatalogEntry } from "./types.js";

export const fetch_ = { id: "fetch", purpose: "third_party", globals: ["fetch"], modules: ["node-fetch", "cross-fetch", "undici"], sinks: [{ calls: ["fetch"], urlArg: 0 }] } satisfies CatalogEntry;
export const axios = {
  id: "axios",
  purpose: "third_party",
  modules: ["axios"],
  sinks: [
    { calls: ["get", "delete", "head", "options", "post", "put", "patch", "request", "postForm", "putForm", "patchForm", "axios"], urlArg: 0, baseUrlOption: "baseURL" },
  ],
} satisfies CatalogEntry;
export const got = { id: "got", purpose: "third_party", modules: ["got", "ky", "superagent"], sinks: [{ calls: ["got", "ky", "get", "post", "put", "patch", "delete", "send"], urlArg: 0 }] } satisfies CatalogEntry;
export const undici = { id: "undici", purpose: "third_party", modules: ["undici"], sinks: [{ calls: ["request", "stream", "pipeline"], urlArg: 0 }] } satisfies CatalogEntry;
export const nodeHttp = { id: "node-http", purpose: "third_party", modules: ["http", "https", "node:http", "node:https"], sinks: [{ calls: ["request", "get", "write", "end"] }] } satisfies CatalogEntry;
export const sentry = {
  id: "sentry",
  purpose: "third_party",
  modules: ["@sentry/node", "@sentry/browser", "@sentry/react", "@sentry/nextjs", "@sentry/nestjs", "@sentry/remix"],
  sinks: [{ calls: ["captureException", "captureMessage", "captureEvent", "setUser", "setContext", "setExtra", "setExtras", "setTag", "setTags", "addBreadcrumb"] }],
} satisfies CatalogEntry;
export const nodemailer = { id: "nodemailer", purpose: "third_party", modules: ["nodemailer"], sinks: [{ calls: ["sendMail"] }] } satisfies CatalogEntry;
export const sendgrid = { id: "sendgrid", purpose: "third_party", modules: ["@sendgrid/mail"], sinks: [{ calls: ["send", "sendMultiple"] }] } satisfies CatalogEntry;
export const twilio = { id: "twilio", purpose: "third_party", modules: ["twilio"], sinks: [{ calls: ["create"] }] } satisfies CatalogEntry;
export const postmark = { id: "postmark", purpose: "third_party", modules: ["postmark", "resend", "mailgun.js"], sinks: [{ calls: ["sendEmail", "sendEmailWithTemplate", "send", "create"] }] } satisfies CatalogEntry;
