import { Storage } from "@google-cloud/storage";
import Redis from "ioredis";
import { Kafka } from "kafkajs";

export const producer = new Kafka({ clientId: "orders", brokers: ["kafka-1:9092"] }).producer();
export const archive = new Storage().bucket("order-archive");
export const redis = new Redis(process.env.REDIS_URL ?? "redis://localhost:6379");
