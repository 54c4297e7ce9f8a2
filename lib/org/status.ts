/** Where a learner stands on one assignment. */
export type AssignmentStatus = "not-started" | "in-progress" | "completed" | "overdue" | "expired";

/**
 * - completed: the course is complete and its newest certificate (if any) is still valid;
 * - expired: complete, but the newest certificate has expired (recertification is due);
 * - overdue: not complete and the due date has passed (started or not);
 * - in-progress / not-started otherwise.
 */
export function assignmentStatus(input: {
  dueAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  certificateExpiresAt?: Date | null;
  now?: Date;
}): AssignmentStatus {
  const now = input.now ?? new Date();
  if (input.completedAt) {
    return input.certificateExpiresAt && input.certificateExpiresAt <= now ? "expired" : "completed";
  }
  if (input.dueAt < now) return "overdue";
  return input.startedAt ? "in-progress" : "not-started";
}
