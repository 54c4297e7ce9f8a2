import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareMessages, messageArguments, type MessageTree } from "@/lib/i18n/message-check";
import { withEnglishFallback } from "@/i18n/messages";
import { locales } from "@/i18n/routing";
import { samePageIn } from "@/lib/i18n/switch";

const read = (locale: string) => JSON.parse(fs.readFileSync(path.join("messages", `${locale}.json`), "utf8")) as MessageTree;
const english = read("en");

describe("interface translations", () => {
  for (const locale of locales.filter((l) => l !== "en")) {
    it(`${locale}: has every key English has, no key English lacks, and the same placeholders and tags`, () => {
      expect(compareMessages(english, read(locale)).map((p) => `${p.key}: ${p.problem}`)).toEqual([]);
    });
  }

  it("finds a missing key, an extra key, a lost placeholder and a broken plural", () => {
    const broken = JSON.parse(JSON.stringify(english)) as MessageTree & { nav: MessageTree; lesson: MessageTree; courses: MessageTree };
    delete broken.nav.courses;
    broken.nav.extra = "Extra";
    broken.lesson.position = "Leçon";
    broken.courses.lessons = "{count, plural, one {# leçon}";
    const problems = compareMessages(english, broken).map((p) => `${p.key}: ${p.problem.split(":")[0]}`);
    expect(problems.sort()).toEqual([
      "courses.lessons: cannot be parsed",
      "lesson.position: uses no arguments, English uses {position} {total}",
      "nav.courses: missing (English is shown)",
      "nav.extra: not in English (unused)",
    ]);
    expect(messageArguments("Hello <strong>{name}</strong>, {count, plural, one {# day} other {# days}}")).toEqual(["<strong>", "{count}", "{name}"]);
  });

  it("falls back to English key by key", () => {
    const merged = withEnglishFallback({ a: "A", nested: { b: "B", c: "C" } }, { nested: { b: "Б" } }) as { a: string; nested: Record<string, string> };
    expect(merged).toEqual({ a: "A", nested: { b: "Б", c: "C" } });
  });

  it("the language switcher stays on the same page and cannot send anyone off the site", () => {
    expect(samePageIn("fr", "/courses/opsc-guidelines")).toBe("/fr/courses/opsc-guidelines");
    expect(samePageIn("ar", "/en/verify/ABC?x=1")).toBe("/ar/verify/ABC?x=1");
    expect(samePageIn("zh", "/")).toBe("/zh");
    expect(samePageIn("ru", "/es")).toBe("/ru");
    expect(samePageIn("es", "/english-course")).toBe("/es/english-course");
    for (const evil of ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", "/中", "/a b", "/x?q=中"]) expect(samePageIn("fr", evil)).toBe("/fr");
  });
});
