// `npm run content:stamp -- lessons/<course>/<locale>/NN-<lesson>.mdx …`: records in each translated
// lesson or quiz that it translates the current English version. Run it after translating or
// re-checking a translation against the English file; content:check then warns when English changes.
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content/load";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("Name the translated files to stamp, e.g. npm run content:stamp -- lessons/learning-safely/fr/01-how-courses-work.mdx");
  process.exit(2);
}
const content = loadContent();
let failed = false;
for (const file of files) {
  const rel = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join("/");
  const m = rel.match(/^lessons\/([^/]+)\/([^/]+)\/(quizzes\/)?([^/]+)\.(mdx|yaml)$/);
  const course = m && content.courses.find((c) => c.slug === m[1]);
  const version = course && (m[3] ? course.quizzes[m[4]]?.version : course.lessons.find((l) => path.basename(l.file) === `${m[4]}.mdx`)?.version);
  if (!m || m[2] === "en" || !version) {
    console.error(`${rel}: not a translation of an English lesson or quiz`);
    failed = true;
    continue;
  }
  let text = fs.readFileSync(rel, "utf8");
  if (/^translates:.*$/m.test(text)) text = text.replace(/^translates:.*$/m, `translates: "${version}"`);
  else if (m[5] === "mdx") text = text.replace(/^---\r?\n/, `---\ntranslates: "${version}"\n`);
  else text = `translates: "${version}"\n${text}`;
  fs.writeFileSync(rel, text);
  console.log(`${rel}: translates ${version}`);
}
process.exit(failed ? 1 : 0);
