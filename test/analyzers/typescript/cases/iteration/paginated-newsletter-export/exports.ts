import { writeFile } from "node:fs/promises";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { allUsers, UserRepository } from "./user-repository.js";

const s3 = new S3Client({ region: "eu-west-1" });

export async function exportNewsletterList(repo: UserRepository): Promise<void> {
  const lines = ["id,email"];
  let count = 0;
  for await (const user of allUsers(repo)) {
    if (!user.newsletter) continue;
    lines.push(`${user.id},${user.email}`);
    count++;
  }
  await s3.send(new PutObjectCommand({ Bucket: "marketing-exports", Key: "newsletter.csv", Body: lines.join("\n") }));
  console.info("newsletter export rows", count);
}

export async function exportCountries(repo: UserRepository): Promise<void> {
  const countries = new Set<string>();
  for await (const user of allUsers(repo)) countries.add(user.country);
  await writeFile("/var/exports/countries.txt", [...countries].sort().join("\n"));
}
