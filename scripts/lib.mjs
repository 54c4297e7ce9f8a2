// Small helpers shared by the start, database and test scripts (plain Node, no build step needed).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { databaseFilePath } from "../lib/db-url.js";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Runs a command, streaming its output; rejects with a clear message when it fails. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? "exit " + code})`)),
    );
  });
}

/** The SQLite file in use (one rule for the app and the scripts: lib/db-url.js). */
export const databaseFile = databaseFilePath;

/** NEXTAUTH_SECRET from the environment, else one generated once and kept in data/.session-secret. */
export function ensureSessionSecret(env = process.env) {
  if (env.NEXTAUTH_SECRET?.trim()) return { secret: env.NEXTAUTH_SECRET.trim(), source: "environment" };
  const file = path.join(path.dirname(databaseFile(env)), ".session-secret");
  if (fs.existsSync(file)) return { secret: fs.readFileSync(file, "utf8").trim(), source: file };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return { secret, source: `${file} (new)` };
}
