/**
 * Seeds an empty database with demo accounts. Idempotent: running it again changes nothing.
 * Prints the demo sign-ins while they still use their demo passwords.
 */
import { createDb } from "../lib/db";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "../lib/auth/password";
import type { Db } from "../lib/db";

export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Alex Admin", password: "demo-admin-safeguard", isPlatformAdmin: true },
  { email: "learner@example.org", name: "Lee Learner", password: "demo-learner-safeguard", isPlatformAdmin: false },
  { email: "manager@example.org", name: "Morgan Manager", password: "demo-manager-safeguard", isPlatformAdmin: false },
] as const;

const FIRST = ["Amina", "Ben", "Chen", "Dara", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Luis", "Maya", "Nikhil", "Olga"];
const LAST = ["Okafor", "Silva"];
const DAY = 86_400_000;

/** A demo organisation with a manager, two groups, 30 learners at varied progress and two assignments. */
async function seedDemoOrganisation(db: Db) {
  if (await db.organization.findUnique({ where: { slug: "demo-ngo" } })) return;
  const manager = await db.user.findUniqueOrThrow({ where: { email: "manager@example.org" } });
  const learner = await db.user.findUniqueOrThrow({ where: { email: "learner@example.org" } });
  const now = Date.now();
  const org = await db.organization.create({ data: { slug: "demo-ngo", name: "Riverside Child Protection Network (demo)" } });
  await db.membership.create({ data: { orgId: org.id, userId: manager.id, role: "MANAGER" } });
  const field = await db.group.create({ data: { orgId: org.id, name: "Field team" } });
  const office = await db.group.create({ data: { orgId: org.id, name: "Office" } });
  await db.membership.create({ data: { orgId: org.id, userId: learner.id, groupId: field.id } });
  await db.assignment.create({ data: { orgId: org.id, courseSlug: "opsc-guidelines", dueAt: new Date(now + 21 * DAY), createdById: manager.id } });
  await db.assignment.create({ data: { orgId: org.id, courseSlug: "trafficking-labour-exploitation", groupId: office.id, dueAt: new Date(now - 3 * DAY), createdById: manager.id } });
  const unusable = await hashPassword(randomBytes(24).toString("hex")); // demo learners cannot sign in
  for (let i = 0; i < 30; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length)]}`;
    const user = await db.user.create({ data: { email: `demo.learner${i + 1}@example.org`, name, passwordHash: unusable } });
    await db.membership.create({ data: { orgId: org.id, userId: user.id, groupId: i % 2 ? office.id : field.id } });
    const stage = i % 5; // 0 not started, 1-2 in progress, 3 failed once, 4 completed
    for (const course of ["opsc-guidelines", "trafficking-labour-exploitation"]) {
      if (stage === 0) continue;
      const started = new Date(now - (20 - (i % 10)) * DAY);
      const completedAt = stage === 4 ? new Date(now - (i % 7) * DAY) : null;
      await db.enrollment.create({ data: { userId: user.id, courseSlug: course, courseVersion: "1.demo", startedAt: started, completedAt, completedVersion: completedAt ? "1.demo" : null } });
      if (stage >= 3) {
        await db.quizAttempt.create({
          data: { userId: user.id, courseSlug: course, quizId: "final-assessment", courseVersion: "1.demo", attemptNumber: 1, seed: randomBytes(16).toString("hex"), questionIds: "[]", percent: stage === 4 ? 80 + (i % 20) : 40 + (i % 30), passed: stage === 4, startedAt: started, submittedAt: started },
        });
      }
    }
  }
}

async function main() {
  const db = createDb();
  try {
    const stillDemo: string[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const existing = await db.user.findUnique({ where: { email: account.email } });
      if (!existing) {
        await db.user.create({
          data: { email: account.email, name: account.name, isPlatformAdmin: account.isPlatformAdmin, passwordHash: await hashPassword(account.password) },
        });
        stillDemo.push(account.email);
      } else if (await verifyPassword(account.password, existing.passwordHash)) {
        stillDemo.push(account.email);
      }
    }
    await seedDemoOrganisation(db);
    if (stillDemo.length) {
      console.log("\nDemo accounts (WARNING: change these passwords, or remove the accounts, before real use):");
      for (const account of DEMO_ACCOUNTS.filter((a) => stillDemo.includes(a.email))) {
        const role = account.isPlatformAdmin ? "platform admin" : account.email.startsWith("manager") ? "manager       " : "learner       ";
        console.log(`  ${role}  ${account.email}  /  ${account.password}`);
      }
      console.log("  The manager's dashboard for the demo organisation: /en/org/demo-ngo\n");
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Seeding failed:", error);
  process.exit(1);
});
