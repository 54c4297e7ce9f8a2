-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN "completedAttemptId" TEXT;

-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "courseSlug" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "courseVersion" TEXT NOT NULL,
    "attemptNumber" INTEGER NOT NULL,
    "seed" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "draftAnswers" TEXT,
    "answers" TEXT,
    "results" TEXT,
    "score" REAL,
    "maxScore" REAL,
    "percent" INTEGER,
    "passed" BOOLEAN,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "submittedAt" DATETIME,
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "QuizAttempt_userId_courseSlug_idx" ON "QuizAttempt"("userId", "courseSlug");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_userId_courseSlug_quizId_attemptNumber_key" ON "QuizAttempt"("userId", "courseSlug", "quizId", "attemptNumber");

