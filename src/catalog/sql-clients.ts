/**
 * Database clients whose SQL text the analyzer reads: a call (or tagged template) on a value
 * from one of these modules, with the SQL as its first argument (or the template itself).
 */
export interface SqlClientModel {
  id: string;
  modules: string[];
  /** Methods taking `(sql, values?)`. */
  calls: string[];
  /** Tagged templates whose holes are bind values (`sql\`…${x}\``, `prisma.$queryRaw\`…\``). */
  tags: string[];
  /** Bind placeholders written in the SQL text of `calls`: `$n` or `?` (mysql) or `:name`. */
  placeholders: "dollar" | "question" | "named";
}

export const sqlClients: readonly SqlClientModel[] = [
  { id: "pg", modules: ["pg", "pg-pool", "@neondatabase/serverless", "@vercel/postgres"], calls: ["query"], tags: ["sql"], placeholders: "dollar" },
  { id: "mysql2", modules: ["mysql2", "mysql2/promise", "mysql"], calls: ["query", "execute"], tags: [], placeholders: "question" },
  { id: "postgres", modules: ["postgres"], calls: ["unsafe"], tags: ["*"], placeholders: "dollar" },
  { id: "knex", modules: ["knex"], calls: ["raw"], tags: [], placeholders: "question" },
  { id: "prisma", modules: ["@prisma/client"], calls: ["$queryRawUnsafe", "$executeRawUnsafe"], tags: ["$queryRaw", "$executeRaw"], placeholders: "dollar" },
  { id: "sequelize", modules: ["sequelize", "sequelize-typescript"], calls: ["query"], tags: [], placeholders: "named" },
  { id: "kysely", modules: ["kysely"], calls: [], tags: ["sql"], placeholders: "dollar" },
  { id: "better-sqlite3", modules: ["better-sqlite3", "sqlite3", "sqlite"], calls: ["prepare", "exec", "run", "all", "get"], tags: [], placeholders: "question" },
];
