import path from "node:path";

/** The SQLite file the app uses: DATABASE_URL when set, else data/safeguard.db in the project. */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
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

export function databaseFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolveDatabaseUrl(env).slice("file:".length);
}
