import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import pino from "pino";
import { handleSignup } from "./handler.js";
import type { QueueMessage, SignupEvent } from "./types.js";

const sqs = new SQSClient({ region: "eu-central-1" });
const logger = pino({ name: "signup-consumer" });
const DEAD_LETTER_URL = "https://sqs.eu-central-1.amazonaws.com/123456789012/signups-dlq";

export async function consume(message: QueueMessage<SignupEvent>): Promise<void> {
  try {
    await handleSignup(message.body);
    logger.info({ messageId: message.id, plan: message.body.plan }, "signup provisioned");
  } catch (error) {
    logger.error({ messageId: message.id, attempts: message.receiveCount, reason: (error as Error).message }, "signup handler failed");
    await sqs.send(new SendMessageCommand({ QueueUrl: DEAD_LETTER_URL, MessageBody: JSON.stringify(message.body) }));
  }
}
