/** The server secret that keys knowledge-check tokens (the session secret; a fixed one only in development). */
export function quizSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET?.trim();
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is not set (npm start sets it)");
  return "development-only-quiz-secret";
}
