// `npm run content:check`: validates everything in lessons/ and prints `file:line: message` lines.
import { checkContent } from "../lib/content/check";
import { formatProblem } from "../lib/content/problems";

async function main() {
  const content = await checkContent(process.argv[2]);
  for (const p of content.problems.list) console.log(formatProblem(p));
  const errors = content.problems.errors.length;
  const lessons = content.courses.reduce((n, c) => n + c.lessons.length, 0);
  const quizzes = content.courses.reduce((n, c) => n + Object.keys(c.quizzes).length, 0);
  if (errors) {
    console.error(`\ncontent:check found ${errors} error(s).`);
    process.exit(1);
  }
  console.log(`content:check: ${content.courses.length} courses, ${lessons} lessons, ${quizzes} quizzes, ${content.resources.length} resources: OK`);
  // Which lessons each language has in full (the rest are shown in English with a notice).
  const translated = new Map<string, number>();
  for (const lesson of content.courses.flatMap((c) => c.lessons)) for (const locale of Object.keys(lesson.translations)) translated.set(locale, (translated.get(locale) ?? 0) + 1);
  if (translated.size) console.log(`translated lessons: ${[...translated].map(([l, n]) => `${l} ${n}/${lessons}`).join(", ")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
