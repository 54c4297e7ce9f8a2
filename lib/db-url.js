// The SQLite file the app uses. Plain JavaScript so the start scripts (scripts/*.mjs), prisma.config.ts
// and lib/db.ts share one rule.
import path from "node:path";

/**
 * DATABASE_URL when set (a `file:` URL; relative paths are from the project folder, where npm runs),
 * else data/safeguard.db.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function resolveDatabaseUrl(env = process.env) {
  const configured = env.DATABASE_URL?.trim();
  if (configured) {
    if (!configured.startsWith("file:")) {
      throw new Error(`DATABASE_URL must be a SQLite file URL (file:...), got "${configured.split(":")[0]}:..."`);
    }
    const file = configured.slice("file:".length);
    return "file:" + (path.isAbsolute(file) ? file : path.resolve(/* turbopackIgnore: true */ process.cwd(), file));
  }
  return "file:" + path.resolve(/* turbopackIgnore: true */ process.cwd(), "data", "safeguard.db");
}

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function databaseFilePath(env = process.env) {
  return resolveDatabaseUrl(env).slice("file:".length);
}
