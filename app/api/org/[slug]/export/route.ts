import { stringify } from "csv-stringify";
import { db } from "@/lib/db";
import { getCourse } from "@/lib/content";
import { jsonError } from "@/lib/http/json";
import { safeCell } from "@/lib/org/csv";
import { audit } from "@/lib/org/access";
import { orgRequest } from "@/lib/org/guard";
import { trackingRows } from "@/lib/org/tracking";
import type { AssignmentStatus } from "@/lib/org/status";

export const runtime = "nodejs";
const STATUSES = ["not-started", "in-progress", "completed", "overdue", "expired"];

/**
 * The learner table as CSV, with the dashboard's filters. Rows stream out as they are computed (a
 * thousand members at a time), so memory stays flat however large the organisation is.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await orgRequest((await params).slug, "MANAGER");
  if (!access) return jsonError(404, "notFound");
  const q = new URL(request.url).searchParams;
  const filter = {
    group: q.get("group")?.slice(0, 80) || null,
    status: STATUSES.includes(q.get("status") ?? "") ? (q.get("status") as AssignmentStatus) : null,
    course: q.get("course") && getCourse(q.get("course")!) ? q.get("course") : null,
  };
  await audit(db, { orgId: access.org.id, actorId: access.user.id, action: "learners.exported", targetType: "organization", targetId: access.org.id, details: filter });

  const csv = stringify({ header: true, columns: ["name", "email", "group", "course", "due", "status", "started", "completed", "best_score", "passed"], bom: true });
  (async () => {
    try {
      for await (const r of trackingRows(db, access.org.id, filter)) {
        const line = [r.name, r.email, r.group, r.courseSlug, r.dueAt, r.status, r.startedAt, r.completedAt, r.bestPercent, r.passed ? "yes" : "no"].map(safeCell);
        if (!csv.write(line)) await new Promise((resolve) => csv.once("drain", resolve));
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      csv.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      csv.on("end", () => controller.close());
      csv.on("error", (e) => controller.error(e));
    },
    cancel() {
      csv.destroy();
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${access.org.slug}-learners-${stamp}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
