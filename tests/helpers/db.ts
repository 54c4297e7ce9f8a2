import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "@/lib/db";

const migrationsDir = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");

/**
 * A fresh SQLite file for one test suite, with every committed migration applied in order
 * (the same SQL `prisma migrate deploy` runs). Returns the Prisma client and a cleanup function.
 */
export function createTestDb(): { db: Db; file: string; cleanup: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "safeguard-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const name of fs.readdirSync(migrationsDir).filter((n) => fs.statSync(path.join(migrationsDir, n)).isDirectory()).sort()) {
    sqlite.exec(fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
  const db = createDb("file:" + file);
  return {
    db,
    file,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
