/** Lists what a translation of the interface lacks or adds: `npm run i18n:check [-- fr]`. */
import fs from "node:fs";
import path from "node:path";
import { compareMessages, type MessageTree } from "../lib/i18n/message-check";

const dir = path.join(process.cwd(), "messages");
const english = JSON.parse(fs.readFileSync(path.join(dir, "en.json"), "utf8")) as MessageTree;
const wanted = process.argv.slice(2);
const locales = wanted.length ? wanted : fs.readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "en.json").map((f) => f.slice(0, -5));
let failed = false;
for (const locale of locales) {
  const translation = JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), "utf8")) as MessageTree;
  const problems = compareMessages(english, translation);
  for (const p of problems) console.log(`messages/${locale}.json: ${p.key}: ${p.problem}`);
  console.log(`${locale}: ${problems.length ? `${problems.length} problem(s)` : "OK"}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
