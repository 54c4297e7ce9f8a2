import type { Db } from "@/lib/db";
import { Prisma, type Certificate } from "@/lib/generated/prisma/client";
import type { CourseOutline } from "@/lib/progress";
import { newCertificateCode } from "./code";

/** How long before expiry a learner may recertify. */
export const RENEWAL_WINDOW_DAYS = 30;

export type CertificateStatus = "valid" | "expired" | "revoked";

export function certificateStatus(cert: Pick<Certificate, "revokedAt" | "expiresAt">, now = new Date()): CertificateStatus {
  if (cert.revokedAt) return "revoked";
  if (cert.expiresAt && cert.expiresAt <= now) return "expired";
  return "valid";
}

/** True when a certificate has expired or expires within the renewal window. */
export function renewalDue(cert: Pick<Certificate, "revokedAt" | "expiresAt">, now = new Date()): boolean {
  if (!cert.expiresAt) return false;
  return cert.expiresAt.getTime() - now.getTime() <= RENEWAL_WINDOW_DAYS * 24 * 60 * 60_000;
}

function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/**
 * Issues the certificate for a completion. Idempotent: one certificate per passed attempt (or per
 * course completion without an assessment), whatever the number of calls.
 */
export async function issueCertificate(
  db: Db,
  input: { userId: string; course: CourseOutline; attemptId: string | null; completedAt: Date },
): Promise<Certificate> {
  const issueKey = input.attemptId ?? `course:${input.userId}:${input.course.slug}`;
  const existing = await db.certificate.findUnique({ where: { issueKey } });
  if (existing) return existing;
  const [user, attempt] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { name: true } }),
    input.attemptId ? db.quizAttempt.findUnique({ where: { id: input.attemptId }, select: { percent: true } }) : null,
  ]);
  const months = input.course.certificateValidityMonths;
  try {
    return await db.certificate.create({
      data: {
        code: newCertificateCode(),
        issueKey,
        userId: input.userId,
        learnerName: user.name,
        courseSlug: input.course.slug,
        courseTitle: input.course.title ?? input.course.slug,
        courseVersion: input.course.version,
        completedAt: input.completedAt,
        score: attempt?.percent ?? null,
        attemptId: input.attemptId,
        issuedAt: input.completedAt,
        expiresAt: months ? addMonths(input.completedAt, months) : null,
      },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return db.certificate.findUniqueOrThrow({ where: { issueKey } });
    throw e;
  }
}

/**
 * Recertification: a pass after the course is complete issues a new certificate when the newest one
 * has expired or is within the renewal window. The old one stays verifiable (as expired, in time).
 */
export async function renewCertificateIfDue(
  db: Db,
  input: { userId: string; course: CourseOutline; attemptId: string; completedAt: Date },
): Promise<Certificate | null> {
  const latest = await db.certificate.findFirst({
    where: { userId: input.userId, courseSlug: input.course.slug, revokedAt: null },
    orderBy: { issuedAt: "desc" },
  });
  if (!latest || latest.attemptId === input.attemptId || !renewalDue(latest, input.completedAt)) return null;
  return issueCertificate(db, input);
}

/** The learner's certificates, newest first. */
export function certificatesOf(db: Db, userId: string) {
  return db.certificate.findMany({ where: { userId }, orderBy: { issuedAt: "desc" } });
}

/** Revokes a certificate (platform admins only; the caller checks). The reason is shown publicly. */
export async function revokeCertificate(db: Db, input: { code: string; reason: string; adminId: string; now?: Date }) {
  return db.certificate.updateMany({
    where: { code: input.code, revokedAt: null },
    data: { revokedAt: input.now ?? new Date(), revokedReason: input.reason, revokedById: input.adminId },
  });
}
