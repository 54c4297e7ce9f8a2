#!/usr/bin/env node
// Creates the data folder, applies committed migrations and turns on WAL for the SQLite file.
// Safe to run on every start: it calls `prisma migrate deploy` only when a migration is pending.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { bin, databaseFile, root, run } from "./lib.mjs";

function pendingMigrations(file) {
  const all = fs
    .readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  if (!fs.existsSync(file)) return all;
  const sqlite = new Database(file, { readonly: true, timeout: 5000 });
  try {
    const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return all;
    const applied = new Set(
      sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all().map((r) => r.migration_name),
    );
    return all.filter((name) => !applied.has(name));
  } finally {
    sqlite.close();
  }
}

export async function prepareDatabase(env = process.env) {
  const file = databaseFile(env);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const pending = pendingMigrations(file);
  if (pending.length) {
    console.log(`Applying ${pending.length} database migration(s)…`);
    try {
      await run(bin("prisma"), ["migrate", "deploy"], { env: { ...env, DATABASE_URL: "file:" + file } });
    } catch (error) {
      throw new Error(`${error.message}. If another copy of the app is running on ${file}, stop it first, then start again.`);
    }
  }
  const sqlite = new Database(file, { timeout: 5000 });
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().then(
    (file) => console.log(`Database ready: ${file}`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
