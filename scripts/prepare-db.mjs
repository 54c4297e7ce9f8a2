#!/usr/bin/env node
// Creates the data folder, applies committed migrations and turns on WAL for the SQLite file.
// Safe to run on every start: `prisma migrate deploy` applies only what is new.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { bin, databaseFile, run } from "./lib.mjs";

export async function prepareDatabase(env = process.env) {
  const file = databaseFile(env);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await run(bin("prisma"), ["migrate", "deploy"], { env: { ...env, DATABASE_URL: "file:" + file } });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
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
