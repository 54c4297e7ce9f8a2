import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/db";
import { readOutbox } from "../helpers/outbox";
import type { Db } from "@/lib/db";
import { changeMemberRole, orgAccess } from "@/lib/org/access";
import { parseMemberCsv } from "@/lib/org/csv";
import { acceptInvitation, importMembers } from "@/lib/org/members";
import { assignees, assignmentsFor, createAssignment, parsePeopleList } from "@/lib/org/assignments";
import { assignmentSummaries, trackingRows, type TrackingRow } from "@/lib/org/tracking";
import { isoWeek, learnerReminderKind, runReminders } from "@/lib/org/reminders";

let db: Db;
let cleanup: () => Promise<void>;
let outbox: string;
const now = new Date("2026-11-28T12:00:00Z");
const day = 86_400_000;

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  outbox = fs.mkdtempSync(path.join(os.tmpdir(), "org-outbox-"));
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
});
afterAll(async () => {
  await cleanup();
  fs.rmSync(outbox, { recursive: true, force: true });
});

async function rows(orgId: string, at = now): Promise<TrackingRow[]> {
  const out: TrackingRow[] = [];
  for await (const r of trackingRows(db, orgId, {}, at)) out.push(r);
  return out;
}

describe("organisations", () => {
  it("import is idempotent: members are not duplicated, invitations go once, and accepting one is single use", async () => {
    const owner = await db.user.create({ data: { email: "owner@ngo.example", name: "Owner", passwordHash: "x" } });
    await db.user.create({ data: { email: "existing@ngo.example", name: "Existing", passwordHash: "x" } });
    const org = await db.organization.create({ data: { slug: "ngo", name: "An NGO", memberships: { create: { userId: owner.id, role: "OWNER" } } } });
    const parsed = parseMemberCsv(new TextEncoder().encode("name,email,group\nExisting,existing@ngo.example,Field\nNew Person,new@ngo.example,Office\n"));
    if (!parsed.ok) throw new Error("fixture");
    const first = await importMembers(db, { org, rows: parsed.rows, actorId: owner.id, baseUrl: "https://academy.example", now });
    expect(first).toEqual({ added: 1, invited: 1, alreadyMembers: 0, alreadyInvited: 0 });
    const second = await importMembers(db, { org, rows: parsed.rows, actorId: owner.id, baseUrl: "https://academy.example", now });
    expect(second).toEqual({ added: 0, invited: 0, alreadyMembers: 1, alreadyInvited: 1 });
    expect(await db.membership.count({ where: { orgId: org.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "members.imported" } })).toBe(2);

    const mails = readOutbox(outbox).filter((m) => m.to === "new@ngo.example");
    expect(mails).toHaveLength(1);
    const token = mails[0].text.match(/\/en\/invitations\/([A-Za-z0-9_-]{43})/)![1];
    const newcomer = await db.user.create({ data: { email: "new@ngo.example", name: "New Person", passwordHash: "x" } });
    const stranger = await db.user.create({ data: { email: "stranger@ngo.example", name: "S", passwordHash: "x" } });
    expect(await acceptInvitation(db, { token, user: stranger, now })).toEqual({ ok: false, error: "otherAccount" });
    expect(await acceptInvitation(db, { token, user: newcomer, now: new Date(now.getTime() + 15 * day) })).toEqual({ ok: false, error: "expired" });
    expect(await acceptInvitation(db, { token, user: newcomer, now })).toEqual({ ok: true, orgSlug: "ngo" });
    expect(await acceptInvitation(db, { token, user: newcomer, now })).toEqual({ ok: false, error: "used" });
    const membership = await db.membership.findFirstOrThrow({ where: { userId: newcomer.id }, include: { group: true } });
    expect(membership.group?.name).toBe("Office");

    expect(await orgAccess(db, owner.id, "ngo", "MANAGER")).not.toBeNull();
    expect(await orgAccess(db, newcomer.id, "ngo", "MANAGER")).toBeNull();
    expect(await orgAccess(db, owner.id, "other-org", "LEARNER")).toBeNull();

    // Owners make managers; a member of another organisation, or the owner, cannot be changed here.
    expect(await changeMemberRole(db, { orgId: org.id, actorId: owner.id, userId: newcomer.id, role: "MANAGER" })).toBe(true);
    expect(await orgAccess(db, newcomer.id, "ngo", "MANAGER")).not.toBeNull();
    expect(await changeMemberRole(db, { orgId: org.id, actorId: owner.id, userId: stranger.id, role: "MANAGER" })).toBe(false);
    expect(await changeMemberRole(db, { orgId: org.id, actorId: newcomer.id, userId: owner.id, role: "LEARNER" })).toBe(false);
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "member.role-changed" } })).toBe(1);
  });

  it("tracks learners per assignment with status, pass rate and average score, and reminders go once", async () => {
    const manager = await db.user.create({ data: { email: "lead@co.example", name: "Lead", passwordHash: "x" } });
    const org = await db.organization.create({ data: { slug: "co", name: "A Company", memberships: { create: { userId: manager.id, role: "MANAGER" } } } });
    const team = await db.group.create({ data: { orgId: org.id, name: "Buyers" } });
    const people = [];
    for (const name of ["Ada", "Ben", "Cy", "Di"]) {
      const u = await db.user.create({ data: { email: `${name.toLowerCase()}@co.example`, name, passwordHash: "x" } });
      await db.membership.create({ data: { orgId: org.id, userId: u.id, groupId: team.id } });
      people.push(u);
    }
    const outsider = await db.user.create({ data: { email: "out@co.example", name: "Outside group", passwordHash: "x" } });
    await db.membership.create({ data: { orgId: org.id, userId: outsider.id } });
    const soon = await db.assignment.create({ data: { orgId: org.id, courseSlug: "opsc-guidelines", groupId: team.id, dueAt: new Date(now.getTime() + 5 * day) } });
    const late = await db.assignment.create({ data: { orgId: org.id, courseSlug: "trafficking-labour-exploitation", dueAt: new Date(now.getTime() - 2 * day), members: { create: [{ userId: people[0].id }, { userId: people[1].id }] } } });
    const [ada, ben, cy] = people;
    await db.enrollment.create({ data: { userId: ada.id, courseSlug: "opsc-guidelines", courseVersion: "1", completedAt: new Date(now.getTime() - day) } });
    await db.enrollment.create({ data: { userId: ben.id, courseSlug: "opsc-guidelines", courseVersion: "1" } });
    await db.enrollment.create({ data: { userId: ada.id, courseSlug: "trafficking-labour-exploitation", courseVersion: "1" } });
    const attempt = (userId: string, n: number, percent: number) =>
      db.quizAttempt.create({ data: { userId, courseSlug: "opsc-guidelines", quizId: "final-assessment", courseVersion: "1", attemptNumber: n, seed: "s", questionIds: "[]", percent, passed: percent >= 80, submittedAt: now } });
    await attempt(ada.id, 1, 60);
    await attempt(ada.id, 2, 93);
    await attempt(ben.id, 1, 40);

    const all = await rows(org.id);
    const soonRows = all.filter((r) => r.assignmentId === soon.id);
    expect(soonRows.map((r) => [r.name, r.status]).sort()).toEqual([["Ada", "completed"], ["Ben", "in-progress"], ["Cy", "not-started"], ["Di", "not-started"]]);
    expect(all.filter((r) => r.assignmentId === late.id).map((r) => [r.name, r.status]).sort()).toEqual([["Ada", "overdue"], ["Ben", "overdue"]]);
    expect(all.some((r) => r.userId === outsider.id)).toBe(false);
    expect(cy).toBeTruthy();

    const summaries = await assignmentSummaries(db, org.id, now);
    const s = summaries.find((x) => x.assignmentId === soon.id)!;
    expect(s.counts).toEqual({ "not-started": 2, "in-progress": 1, completed: 1, overdue: 0, expired: 0 });
    expect(s.passRate).toBe(50); // Ada passed, Ben did not
    expect(s.averageScore).toBe(67); // best scores 93 and 40
    expect(Object.values(s.completionsByDay)).toEqual([1]);

    const sent: { to: string; subject: string }[] = [];
    const send = async (m: { to: string; subject: string }) => {
      sent.push(m);
    };
    const job = () => runReminders(db, { now, baseUrl: "https://academy.example", courseTitle: (slug: string) => slug, send });
    const first = await job();
    expect(first).toEqual({ learnerReminders: 3, managerDigests: 1, failed: 0 }); // Ben, Cy, Di due in 5 days; one digest for the overdue assignment
    expect(await job()).toEqual({ learnerReminders: 0, managerDigests: 0, failed: 0 });
    expect(sent.filter((m) => m.to === "lead@co.example")).toHaveLength(1);
    // One day before the due date, each gets the second reminder once.
    const later = await runReminders(db, { now: new Date(soon.dueAt.getTime() - 12 * 3_600_000), baseUrl: "x", courseTitle: (s2: string) => s2, send });
    expect(later.learnerReminders).toBe(3);

    // A certificate that has run out makes a completed learner "expired"; a revoked newer one is ignored.
    const cert = (code: string, expiresAt: Date, revokedAt: Date | null = null) =>
      db.certificate.create({ data: { code, issueKey: code, userId: ada.id, learnerName: "Ada", courseSlug: "opsc-guidelines", courseTitle: "OPSC", courseVersion: "1", completedAt: now, issuedAt: expiresAt, expiresAt, revokedAt } });
    await cert("OLD", new Date(now.getTime() - day));
    await cert("REVOKED", new Date(now.getTime() + 300 * day), now);
    const adaSoon = (await rows(org.id)).find((r) => r.assignmentId === soon.id && r.userId === ada.id)!;
    expect([adaSoon.status, adaSoon.bestPercent, adaSoon.passed]).toEqual(["expired", 93, true]);
  });

  it("releases a reminder whose email failed, so the next run retries it", async () => {
    const org = await db.organization.create({ data: { slug: "retry", name: "Retry Org" } });
    const u = await db.user.create({ data: { email: "retry@example.org", name: "Retry", passwordHash: "x" } });
    await db.membership.create({ data: { orgId: org.id, userId: u.id } });
    await db.assignment.create({ data: { orgId: org.id, courseSlug: "opsc-guidelines", dueAt: new Date(now.getTime() + 3 * day) } });
    const failing = await runReminders(db, { now, baseUrl: "x", courseTitle: (s) => s, send: async (m) => { if (m.to === "retry@example.org") throw new Error("SMTP down"); } });
    expect(failing.failed).toBeGreaterThanOrEqual(1);
    const retry = await runReminders(db, { now, baseUrl: "x", courseTitle: (s) => s, send: async () => {} });
    expect(retry.learnerReminders).toBeGreaterThanOrEqual(1);
  });

  it("assigns a course to chosen people by email, and never to someone outside the organisation", async () => {
    const org = await db.organization.create({ data: { slug: "chosen", name: "Chosen Org" } });
    const other = await db.organization.create({ data: { slug: "elsewhere", name: "Elsewhere" } });
    const lead = await db.user.create({ data: { email: "lead@chosen.example", name: "Lead", passwordHash: "x" } });
    await db.membership.create({ data: { orgId: org.id, userId: lead.id, role: "MANAGER" } });
    const [eve, fay, gus] = await Promise.all(["eve", "fay", "gus"].map((n) => db.user.create({ data: { email: `${n}@chosen.example`, name: n, passwordHash: "x" } })));
    for (const u of [eve, fay, gus]) await db.membership.create({ data: { orgId: org.id, userId: u.id } });
    const stranger = await db.user.create({ data: { email: "stranger@elsewhere.example", name: "Stranger", passwordHash: "x" } });
    await db.membership.create({ data: { orgId: other.id, userId: stranger.id } });
    const base = { orgId: org.id, actorId: lead.id, courseSlug: "opsc-guidelines", groupId: null, due: "2026-12-20", now };

    expect(parsePeopleList(" Eve@Chosen.example,\nfay@chosen.example ; eve@chosen.example ")).toEqual(["eve@chosen.example", "fay@chosen.example"]);
    // "One group" without a group is refused, never widened to everyone; a group alone means that group.
    expect(assignees({ course: "c", target: "group", due: "2026-12-20" })).toBeNull();
    expect(assignees({ course: "c", target: "group", group: "", due: "2026-12-20" })).toBeNull();
    expect(assignees({ course: "c", group: "g1", due: "2026-12-20" })?.groupId).toBe("g1");
    const everyone = assignees({ course: "c", due: "2026-12-20" });
    expect([everyone?.groupId, everyone?.people]).toEqual([null, undefined]);
    expect(assignees({ course: "c", target: "people", people: "A@x.example b@x.example", due: "2026-12-20" })?.people).toEqual(["a@x.example", "b@x.example"]);
    expect(assignees({ course: "c", target: "everyone", due: "2026-12-20" })).toBeNull();
    const refused = await createAssignment(db, { ...base, people: ["eve@chosen.example", "stranger@elsewhere.example", "lead@chosen.example"] });
    expect(refused).toEqual({ ok: false, error: "invalid", unknown: ["stranger@elsewhere.example", "lead@chosen.example"] });
    expect(await db.assignment.count({ where: { orgId: org.id } })).toBe(0);
    expect(await createAssignment(db, { ...base, people: [] })).toEqual({ ok: false, error: "noPeople" });

    const made = await createAssignment(db, { ...base, people: parsePeopleList("eve@chosen.example\nFAY@chosen.example") });
    expect(made.ok).toBe(true);
    expect((await rows(org.id)).map((r) => r.name).sort()).toEqual(["eve", "fay"]);
    expect((await assignmentsFor(db, eve.id)).map((a) => a.courseSlug)).toEqual(["opsc-guidelines"]);
    expect(await assignmentsFor(db, gus.id)).toEqual([]);
    const event = await db.auditEvent.findFirst({ where: { orgId: org.id, action: "assignment.created" } });
    expect(event?.actorId).toBe(lead.id);
  });

  it("reminder timing and week keys", () => {
    expect(learnerReminderKind(new Date(now.getTime() + 8 * day), now)).toBeNull();
    expect(learnerReminderKind(new Date(now.getTime() + 6 * day), now)).toBe("due-7d");
    expect(learnerReminderKind(new Date(now.getTime() + 3_600_000), now)).toBe("due-1d");
    expect(learnerReminderKind(new Date(now.getTime() - 1), now)).toBeNull();
    expect(isoWeek(new Date("2026-11-28T12:00:00Z"))).toBe("2026-W48");
    expect(isoWeek(new Date("2027-01-01T12:00:00Z"))).toBe("2026-W53");
  });
});

describe("large organisations", () => {
  it("tracks more learners than SQLite's 999 query parameters allow in one IN list (regression)", async () => {
    const org = await db.organization.create({ data: { slug: "big", name: "Big Org" } });
    await db.user.createMany({ data: Array.from({ length: 1200 }, (_, i) => ({ id: `big-${i}`, email: `big${i}@example.org`, name: `Big ${i}`, passwordHash: "x" })) });
    await db.membership.createMany({ data: Array.from({ length: 1200 }, (_, i) => ({ orgId: org.id, userId: `big-${i}` })) });
    await db.enrollment.createMany({ data: Array.from({ length: 600 }, (_, i) => ({ userId: `big-${i * 2}`, courseSlug: "opsc-guidelines", courseVersion: "1" })) });
    await db.assignment.create({ data: { orgId: org.id, courseSlug: "opsc-guidelines", dueAt: new Date(now.getTime() + 30 * day) } });
    const all = await rows(org.id);
    expect(all).toHaveLength(1200);
    expect(all.filter((r) => r.status === "in-progress")).toHaveLength(600);
  });
});
