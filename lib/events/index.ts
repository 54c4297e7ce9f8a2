/**
 * Domain events inside one app process. Handlers must be idempotent: an event may be emitted again
 * after a crash or by a repair job, and its effects (a certificate, an email) must happen once.
 */
import type { Db } from "@/lib/db";
import type { CourseOutline } from "@/lib/progress";

export type DomainEvent =
  | { type: "course.completed"; userId: string; course: CourseOutline; completedAt: Date; attemptId: string | null }
  /** A passed final assessment (also after the course is complete: recertification). */
  | { type: "assessment.passed"; userId: string; course: CourseOutline; passedAt: Date; attemptId: string };

/** What handlers work with: the database the event was recorded in. */
export type EventContext = { db: Db };
type Handler = (event: DomainEvent, context: EventContext) => Promise<void>;
const handlers = new Map<DomainEvent["type"], Handler[]>();

export function onDomainEvent<T extends DomainEvent["type"]>(
  type: T,
  handler: (event: Extract<DomainEvent, { type: T }>, context: EventContext) => Promise<void>,
): void {
  handlers.set(type, [...(handlers.get(type) ?? []), handler as Handler]);
}

/** Runs every handler; a failing handler is reported and does not stop the others. */
export async function emitDomainEvent(event: DomainEvent, context: EventContext): Promise<void> {
  await import("./subscribers");
  for (const handler of handlers.get(event.type) ?? []) {
    try {
      await handler(event, context);
    } catch (error) {
      console.error(`[events] handler for ${event.type} failed for ${event.userId}/${event.course.slug}:`, error);
    }
  }
}
