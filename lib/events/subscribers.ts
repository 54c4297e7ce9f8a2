// Every subscriber to domain events, registered once per process (lib/events imports this module).
import { onDomainEvent } from "./index";
import { issueCertificate, renewCertificateIfDue } from "@/lib/certificates/issue";

onDomainEvent("course.completed", async (event, { db }) => {
  await issueCertificate(db, { userId: event.userId, course: event.course, attemptId: event.attemptId, completedAt: event.completedAt });
});

onDomainEvent("assessment.passed", async (event, { db }) => {
  await renewCertificateIfDue(db, { userId: event.userId, course: event.course, attemptId: event.attemptId, completedAt: event.passedAt });
});
