/**
 * Domain events inside one app process. Handlers must be idempotent: an event may be emitted again
 * after a crash or by a repair job, and its effects (a certificate, an email) must happen once.
 */
export type DomainEvent = {
  type: "course.completed";
  userId: string;
  courseSlug: string;
  courseVersion: string;
  completedAt: Date;
  attemptId: string | null;
};

type Handler = (event: DomainEvent) => Promise<void>;
const handlers = new Map<DomainEvent["type"], Handler[]>();

export function onDomainEvent(type: DomainEvent["type"], handler: Handler): void {
  handlers.set(type, [...(handlers.get(type) ?? []), handler]);
}

/** Runs every handler; a failing handler is reported and does not stop the others. */
export async function emitDomainEvent(event: DomainEvent): Promise<void> {
  for (const handler of handlers.get(event.type) ?? []) {
    try {
      await handler(event);
    } catch (error) {
      console.error(`[events] handler for ${event.type} failed for ${event.userId}/${event.courseSlug}:`, error);
    }
  }
}
