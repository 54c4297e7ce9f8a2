#!/usr/bin/env node
// `npm start`: everything a fresh clone needs, then the server.
// 1. a session secret (kept in data/ if none is configured)  2. migrations + WAL  3. seed (idempotent)
// 4. a production build if there is none (or it was made from other sources)  5. `next start` on PORT.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { bin, ensureSessionSecret, root, run } from "./lib.mjs";
import { prepareDatabase } from "./prepare-db.mjs";

const port = process.env.PORT?.trim() || "3000";
const publicUrl = (process.env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/$/, "");

function sourceStamp() {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "app", "lib", "components", "lessons", "messages", "i18n", "prisma", "package-lock.json"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return dirty ? null : head; // uncommitted changes: always rebuild when asked to build
  } catch {
    return "no-git";
  }
}

async function ensureBuild(env) {
  const stampFile = path.join(root, ".next", "safeguard-build-stamp");
  const stamp = sourceStamp();
  const built = fs.existsSync(path.join(root, ".next", "BUILD_ID"));
  const current = built && fs.existsSync(stampFile) && stamp !== null && fs.readFileSync(stampFile, "utf8") === stamp;
  if (built && (current || process.env.SKIP_BUILD === "1")) return;
  console.log(built ? "The build is older than the sources: rebuilding (about a minute)…" : "No build yet: building the app (about a minute)…");
  await run("npm", ["run", "build"], { env });
  if (stamp) fs.writeFileSync(stampFile, stamp);
}

async function main() {
  const { secret, source } = ensureSessionSecret();
  const env = { ...process.env, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: process.env.NEXTAUTH_URL || publicUrl, PUBLIC_URL: publicUrl };
  console.log(`Session secret: ${source}`);
  const file = await prepareDatabase(env);
  console.log(`Database: ${file}`);
  await run(bin("tsx"), ["prisma/seed.ts"], { env });
  await ensureBuild({ ...env, NODE_ENV: "production" });
  console.log(`\nSafeguard Academy is starting on ${publicUrl} (port ${port}).`);
  await run(bin("next"), ["start", "-p", port], { env: { ...env, NODE_ENV: "production" } });
}

main().catch((error) => {
  console.error(`\nnpm start failed: ${error.message}`);
  console.error("See README.md, section \"Troubleshooting\".");
  process.exit(1);
});

