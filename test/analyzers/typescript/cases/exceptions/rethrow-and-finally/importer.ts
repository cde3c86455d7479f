import type { Profile } from "./types.js";

function parseLine(line: string): Profile {
  const [userId, displayName, city, religion, age] = line.split(",");
  if (!userId) throw new Error(`bad line: ${line}`);
  return { userId, displayName, city, religion, age: Number(age) };
}

export function importProfiles(lines: string[], profiles: Profile[]): number {
  let imported = 0;
  for (const line of lines) {
    try {
      profiles.push(parseLine(line));
      imported++;
    } catch (error) {
      const wrapped = new Error(`import failed for "${profiles[0]?.religion}"`, { cause: error });
      try {
        throw wrapped;
      } catch (inner) {
        console.error(inner);
      } finally {
        console.info("line processed", imported);
      }
    }
  }
  return imported;
}
