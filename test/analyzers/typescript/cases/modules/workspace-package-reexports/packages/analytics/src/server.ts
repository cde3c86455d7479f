// The workspace's one entry point for PostHog on the server, so apps pin a single version.
import { PostHog } from "posthog-node";

export { PostHog };
