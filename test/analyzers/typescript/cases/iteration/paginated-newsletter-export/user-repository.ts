import type { Page, User } from "./types.js";

export class UserRepository {
  private readonly rows: User[] = [];

  async page(cursor: string | undefined, size = 100): Promise<Page<User>> {
    const start = cursor ? Number(cursor) : 0;
    const items = this.rows.slice(start, start + size);
    const end = start + items.length;
    return { items, next: end < this.rows.length ? String(end) : undefined };
  }
}

export async function* allUsers(repo: UserRepository): AsyncGenerator<User> {
  let cursor: string | undefined;
  do {
    const page = await repo.page(cursor);
    yield* page.items;
    cursor = page.next;
  } while (cursor);
}
