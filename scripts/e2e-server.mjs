#!/usr/bin/env node
// The server the e2e tests drive: the built app (`next start`) on a fresh database in .e2e/,
// with emails written to .e2e/outbox. Builds first only if there is no build.
import fs from "node:fs";
import path from "node:path";
import { bin, root, run } from "./lib.mjs";
import { prepareDatabase } from "./prepare-db.mjs";

const port = process.env.E2E_PORT ?? "3100";
const dir = path.join(root, ".e2e");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, "outbox"), { recursive: true });

const env = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: "file:" + path.join(dir, "e2e.db"),
  OUTBOX_DIR: path.join(dir, "outbox"),
  NEXTAUTH_SECRET: "e2e-only-secret-" + Date.now(),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  REMINDER_INTERVAL_MINUTES: "0",
  QUICK_EXIT_URL: process.env.QUICK_EXIT_URL ?? `http://127.0.0.1:${port}/api/health?quick-exit`,
};
delete env.SMTP_URL;

await prepareDatabase(env);
await run(bin("tsx"), ["prisma/seed.ts"], { env });
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) await run("npm", ["run", "build"], { env });
await run(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], { env });
