import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveDatabaseUrl } from "@/lib/db-url.js";

export type Db = PrismaClient;

/** Opens a Prisma client on a SQLite file (busy timeout 5 s; WAL is set on the file by scripts/prepare-db.mjs). */
export function createDb(url: string = resolveDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
}

const globalForDb = globalThis as unknown as { safeguardDb?: PrismaClient };

/** The one Prisma client of the app (reused across hot reloads in development). */
export const db: PrismaClient = globalForDb.safeguardDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.safeguardDb = db;
