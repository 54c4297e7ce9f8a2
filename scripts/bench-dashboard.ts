// `npm run bench:dashboard`: seeds an organisation of 10,000 learners (with progress, attempts and
// two assignments) into a temporary SQLite file, then reports the dashboard's server time and the
// export's peak memory. Figures depend on the machine; this is a benchmark, not a test.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { stringify } from "csv-stringify";
import { createDb } from "../lib/db";
import { safeCell } from "../lib/org/csv";
import { collectRows, pageOfRows, summarise, trackingRows } from "../lib/org/tracking";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 10_000);
const DAY = 86_400_000;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-dashboard-"));
  const file = path.join(dir, "bench.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  for (const m of fs.readdirSync(migrations).filter((n) => fs.statSync(path.join(migrations, n)).isDirectory()).sort()) {
    sqlite.exec(fs.readFileSync(path.join(migrations, m, "migration.sql"), "utf8"));
  }
  // Bulk data straight into SQLite (seeding speed is not what is measured).
  const now = Date.now();
  const t0 = performance.now();
  sqlite.exec(`INSERT INTO Organization (id, slug, name) VALUES ('org', 'bench', 'Bench Org');
    INSERT INTO "Group" (id, orgId, name) VALUES ('g1', 'org', 'Field'), ('g2', 'org', 'Office');
    INSERT INTO Assignment (id, orgId, courseSlug, dueAt) VALUES ('a1', 'org', 'opsc-guidelines', ${now + 10 * DAY}), ('a2', 'org', 'trafficking-labour-exploitation', ${now - 5 * DAY});`);
  const user = sqlite.prepare(`INSERT INTO User (id, email, name, passwordHash, updatedAt) VALUES (?, ?, ?, 'x', ${now})`);
  const member = sqlite.prepare(`INSERT INTO Membership (id, orgId, userId, role, groupId) VALUES (?, 'org', ?, 'LEARNER', ?)`);
  const enrol = sqlite.prepare(`INSERT INTO Enrollment (id, userId, courseSlug, courseVersion, startedAt, completedAt) VALUES (?, ?, ?, '1', ?, ?)`);
  const attempt = sqlite.prepare(`INSERT INTO QuizAttempt (id, userId, courseSlug, quizId, courseVersion, attemptNumber, seed, questionIds, percent, passed, startedAt, submittedAt) VALUES (?, ?, ?, 'final-assessment', '1', 1, 's', '[]', ?, ?, ?, ?)`);
  sqlite.transaction(() => {
    for (let i = 0; i < LEARNERS; i++) {
      const id = `u${i}`;
      user.run(id, `learner${i}@bench.example`, `Learner ${i}`);
      member.run(`m${i}`, id, i % 2 ? "g1" : "g2");
      const stage = i % 4;
      for (const course of ["opsc-guidelines", "trafficking-labour-exploitation"]) {
        if (stage === 0) continue;
        enrol.run(`e${i}${course}`, id, course, now - 20 * DAY, stage === 3 ? now - (i % 15) * DAY : null);
        if (stage >= 2) attempt.run(randomBytes(8).toString("hex"), id, course, stage === 3 ? 90 : 50, stage === 3 ? 1 : 0, now - 3 * DAY, now - 3 * DAY);
      }
    }
  })();
  sqlite.close();
  console.log(`Seeded ${LEARNERS.toLocaleString("en")} learners in ${Math.round(performance.now() - t0)} ms (${file})`);

  const db = createDb("file:" + file);
  try {
    // Dashboard: the same work the page does (all rows, summaries, one sorted page), three runs.
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const rows = await collectRows(db, "org");
      summarise(rows);
      pageOfRows(rows.filter((r) => r.status === "overdue"), "name", "asc", 1, 50);
      times.push(performance.now() - start);
    }
    console.log(`Dashboard server time (${LEARNERS * 2} learner rows): ${times.map((t) => `${Math.round(t)} ms`).join(", ")} (target < 500 ms)`);

    // Export: stream every row through the CSV writer into a discarding sink; sample memory.
    global.gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let bytes = 0;
    const csv = stringify({ header: true, columns: ["name", "email", "group", "course", "due", "status", "started", "completed", "best_score", "passed"] });
    csv.on("data", (chunk: Buffer) => (bytes += chunk.length));
    const done = new Promise((resolve) => csv.on("end", resolve));
    const start = performance.now();
    let n = 0;
    for await (const r of trackingRows(db, "org")) {
      if (++n % 2000 === 0) {
        global.gc?.(); // measure live memory, not garbage awaiting collection
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      if (!csv.write([r.name, r.email, r.group, r.courseSlug, r.dueAt, r.status, r.startedAt, r.completedAt, r.bestPercent, r.passed ? "yes" : "no"].map(safeCell))) {
        await new Promise((resolve) => csv.once("drain", resolve));
      }
    }
    csv.end();
    await done;
    console.log(
      `Export: ${(bytes / 1e6).toFixed(1)} MB of CSV in ${Math.round(performance.now() - start)} ms; heap peaked ${((peak - baseline) / 1e6).toFixed(1)} MB above the start (live heap after GC, sampled every 2,000 rows; the full CSV is ${(bytes / 1e6).toFixed(1)} MB)`,
    );
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
