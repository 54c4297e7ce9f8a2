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
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
