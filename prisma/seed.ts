/**
 * Seeds an empty database with demo accounts. Idempotent: running it again changes nothing.
 * Prints the demo sign-ins while they still use their demo passwords.
 */
import { createDb } from "../lib/db";
import { hashPassword, verifyPassword } from "../lib/auth/password";

export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Alex Admin", password: "demo-admin-safeguard", isPlatformAdmin: true },
  { email: "learner@example.org", name: "Lee Learner", password: "demo-learner-safeguard", isPlatformAdmin: false },
] as const;

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
    if (stillDemo.length) {
      console.log("\nDemo accounts (WARNING: change these passwords, or remove the accounts, before real use):");
      for (const account of DEMO_ACCOUNTS.filter((a) => stillDemo.includes(a.email))) {
        console.log(`  ${account.isPlatformAdmin ? "platform admin" : "learner       "}  ${account.email}  /  ${account.password}`);
      }
      console.log("");
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Seeding failed:", error);
  process.exit(1);
});
