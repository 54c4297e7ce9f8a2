import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { locales } from "../../i18n/routing";
import { ContentProblems } from "./problems";
import { YamlSource } from "./yaml-file";
import {
  courseFileSchema,
  lessonFrontmatterSchema,
  quizFileSchema,
  resourcesFileSchema,
  type CourseFile,
  type LessonFrontmatter,
  type QuestionDefinition,
  type QuizFile,
  supportFileSchema,
  catalogueTranslationSchema,
  quizTranslationSchema,
  type QuizTranslation,
  type SyllabusText,
  type Resource,
  type SupportService,
} from "./schema";

export type LoadedLesson = {
  courseSlug: string;
  slug: string;
  /** 1-based position in the course. */
  position: number;
  /** Path relative to the project, for messages. */
  file: string;
  meta: LessonFrontmatter;
  /** The MDX body with the frontmatter blanked out, so line numbers match the file. */
  body: string;
  /** Hash of the file: which version of the lesson a learner completed. */
  version: string;
  /** Full translations of the lesson, by locale (lessons/<course>/<locale>/NN-<slug>.mdx). */
  translations: Record<string, LessonTranslation>;
  /** Translated title, summary and objectives for the syllabus, by locale (lessons/i18n/<locale>.yaml). */
  syllabus: Record<string, SyllabusText>;
};

export type LessonTranslation = {
  locale: string;
  file: string;
  meta: LessonFrontmatter;
  body: string;
  /** The English lesson changed since this was translated (its `translates` is not the English version). */
  stale: boolean;
};

export type LoadedQuiz = QuizFile & {
  file: string;
  courseSlug: string;
  /** Hash of the English file, which translations record in `translates`. */
  version: string;
  translations: Record<string, QuizTranslation & { file: string; stale: boolean }>;
};

export type LoadedCourse = {
  slug: string;
  file: string;
  meta: CourseFile;
  lessons: LoadedLesson[];
  quizzes: Record<string, LoadedQuiz>;
  /** `<version from course.yaml>.<hash of every file of the course>`. */
  version: string;
  minutes: number;
};

export type LoadedContent = {
  courses: LoadedCourse[];
  resources: Resource[];
  support: SupportService[];
  problems: ContentProblems;
};

const hash = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");
/** lessons/i18n/<locale>.yaml: translations of the catalogue, syllabi, resource and support summaries. */
export const TRANSLATIONS_DIR = "i18n";
const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

function splitFrontmatter(text: string): { yaml: string; body: string } | null {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!match) return null;
  const blank = "\n".repeat(match[0].split("\n").length - 1);
  return { yaml: match[1], body: blank + text.slice(match[0].length) };
}

/** Loads and validates everything under `lessonsDir` (default: ./lessons). Problems are collected, not thrown. */
export function loadContent(lessonsDir = path.join(process.cwd(), "lessons"), projectDir = path.dirname(lessonsDir)): LoadedContent {
  const problems = new ContentProblems();
  const rel = (p: string) => path.relative(projectDir, p).split(path.sep).join("/");

  // Resource library
  let resources: Resource[] = [];
  const resourcesFile = path.join(lessonsDir, "resources.yaml");
  if (fs.existsSync(resourcesFile)) {
    const source = new YamlSource(rel(resourcesFile), fs.readFileSync(resourcesFile, "utf8"));
    resources = source.parse(resourcesFileSchema, problems) ?? [];
    const seen = new Map<string, number>();
    resources.forEach((r, i) => {
      if (seen.has(r.id)) problems.error(source.file, source.lineOf([i, "id"]), `duplicate resource id "${r.id}" (first at item ${seen.get(r.id)! + 1})`);
      seen.set(r.id, i);
    });
  } else {
    problems.error(rel(resourcesFile), 1, "the resource library file is missing");
  }
  const resourceIds = new Set(resources.map((r) => r.id));

  // Support services
  let support: SupportService[] = [];
  const supportFile = path.join(lessonsDir, "support.yaml");
  if (fs.existsSync(supportFile)) {
    const source = new YamlSource(rel(supportFile), fs.readFileSync(supportFile, "utf8"));
    support = source.parse(supportFileSchema, problems)?.services ?? [];
  } else {
    problems.error(rel(supportFile), 1, "the support services file is missing");
  }

  const courses: LoadedCourse[] = [];
  const courseDirs = fs
    .readdirSync(/* turbopackIgnore: true */ lessonsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== TRANSLATIONS_DIR)
    .map((d) => d.name)
    .sort();

  for (const dirName of courseDirs) {
    const dir = path.join(/* turbopackIgnore: true */ lessonsDir, dirName);
    const courseFile = path.join(dir, "course.yaml");
    if (!fs.existsSync(courseFile)) {
      problems.error(rel(dir), 1, "a course folder needs a course.yaml");
      continue;
    }
    const courseText = fs.readFileSync(courseFile, "utf8");
    const courseSource = new YamlSource(rel(courseFile), courseText);
    const meta = courseSource.parse(courseFileSchema, problems);
    if (!meta) continue;
    if (meta.slug !== dirName) problems.error(courseSource.file, courseSource.lineOf(["slug"]), `slug "${meta.slug}" must match the folder name "${dirName}"`);
    const dup = courses.find((c) => c.slug === meta.slug);
    if (dup) problems.error(courseSource.file, courseSource.lineOf(["slug"]), `duplicate course slug "${meta.slug}" (also in ${dup.file})`);

    // Lessons: en/NN-<slug>.mdx, in the order course.yaml lists them.
    const enDir = path.join(dir, "en");
    const files = fs.existsSync(enDir) ? fs.readdirSync(enDir).filter((f) => f.endsWith(".mdx")).sort() : [];
    const bySlug = new Map<string, string>();
    for (const f of files) {
      const m = f.match(LESSON_FILE);
      if (!m) {
        problems.error(rel(path.join(enDir, f)), 1, `lesson files are named NN-<lesson-slug>.mdx (e.g. 01-introduction.mdx)`);
        continue;
      }
      if (bySlug.has(m[2])) problems.error(rel(path.join(enDir, f)), 1, `duplicate lesson slug "${m[2]}" (also ${bySlug.get(m[2])})`);
      bySlug.set(m[2], f);
    }
    const listed = new Set<string>();
    const lessons: LoadedLesson[] = [];
    meta.lessons.forEach((lessonSlug, index) => {
      const line = courseSource.lineOf(["lessons", index]);
      if (listed.has(lessonSlug)) problems.error(courseSource.file, line, `lesson "${lessonSlug}" is listed twice`);
      listed.add(lessonSlug);
      const fileName = bySlug.get(lessonSlug);
      if (!fileName) {
        problems.error(courseSource.file, line, `lesson "${lessonSlug}" has no file en/${String(index + 1).padStart(2, "0")}-${lessonSlug}.mdx`);
        return;
      }
      const position = index + 1;
      const file = path.join(enDir, fileName);
      if (Number(fileName.slice(0, 2)) !== position) {
        problems.error(rel(file), 1, `lesson order: "${lessonSlug}" is number ${position} in course.yaml, so its file must start with ${String(position).padStart(2, "0")}-`);
      }
      const text = fs.readFileSync(file, "utf8");
      const split = splitFrontmatter(text);
      if (!split) {
        problems.error(rel(file), 1, "a lesson starts with frontmatter between --- lines (title, summary, minutes, objectives, sources)");
        return;
      }
      const fm = new YamlSource(rel(file), split.yaml, 1).parse(lessonFrontmatterSchema, problems);
      if (!fm) return;
      const fmSource = new YamlSource(rel(file), split.yaml, 1);
      fm.sources.forEach((s, i) => {
        if (!resourceIds.has(s.id)) problems.error(rel(file), fmSource.lineOf(["sources", i, "id"]), `source "${s.id}" is not in lessons/resources.yaml`);
      });
      lessons.push({ courseSlug: meta.slug, slug: lessonSlug, position, file: rel(file), meta: fm, body: split.body, version: hash(text).slice(0, 12), translations: {}, syllabus: {} });
    });
    for (const [lessonSlug, f] of bySlug) {
      if (!listed.has(lessonSlug)) problems.error(rel(path.join(enDir, f)), 1, `lesson "${lessonSlug}" is not listed in course.yaml`);
    }

    // Quizzes
    const quizzes: Record<string, LoadedQuiz> = {};
    const quizDir = path.join(dir, "quizzes");
    const quizTexts: string[] = [];
    for (const f of fs.existsSync(quizDir) ? fs.readdirSync(quizDir).filter((n) => /^[a-z0-9-]+\.yaml$/.test(n)).sort() : []) {
      const file = path.join(quizDir, f);
      const text = fs.readFileSync(file, "utf8");
      quizTexts.push(text);
      const source = new YamlSource(rel(file), text);
      const quiz = source.parse(quizFileSchema, problems);
      if (!quiz) continue;
      if (quiz.id !== f.replace(/\.yaml$/, "")) problems.error(source.file, source.lineOf(["id"]), `id "${quiz.id}" must match the file name "${f}"`);
      checkQuiz(quiz, source, resourceIds, problems);
      quizzes[quiz.id] = { ...quiz, file: source.file, courseSlug: meta.slug, version: hash(text).slice(0, 12), translations: {} };
    }
    if (meta.assessment) {
      const a = quizzes[meta.assessment];
      if (!a) problems.error(courseSource.file, courseSource.lineOf(["assessment"]), `assessment "${meta.assessment}" has no file quizzes/${meta.assessment}.yaml`);
      else if (a.kind !== "assessment") problems.error(courseSource.file, courseSource.lineOf(["assessment"]), `quiz "${meta.assessment}" is a ${a.kind}, not an assessment`);
    }

    loadCourseTranslations(dir, lessons, quizzes, resourceIds, rel, problems);

    const courseHash = hash([courseText, ...lessons.map((l) => l.version), ...quizTexts].join("\n")).slice(0, 8);
    courses.push({
      slug: meta.slug,
      file: courseSource.file,
      meta,
      lessons,
      quizzes,
      version: `${meta.version}.${courseHash}`,
      minutes: lessons.reduce((sum, l) => sum + l.meta.minutes, 0),
    });
  }
  loadCatalogueTranslations(path.join(lessonsDir, TRANSLATIONS_DIR), courses, resources, support, rel, problems);
  return { courses, resources, support, problems };
}

const TRANSLATED_LOCALES: ReadonlySet<string> = new Set(locales.filter((l) => l !== "en"));

/**
 * Translations of a course's lessons and quizzes: lessons/<course>/<locale>/NN-<slug>.mdx and
 * lessons/<course>/<locale>/quizzes/<id>.yaml. Each records the English version it translates; a
 * translation of an older version is a warning (it is still shown, with a notice), not an error.
 */
function loadCourseTranslations(
  dir: string,
  lessons: LoadedLesson[],
  quizzes: Record<string, LoadedQuiz>,
  resourceIds: Set<string>,
  rel: (p: string) => string,
  problems: ContentProblems,
) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === "en" || entry.name === "quizzes") continue;
    const locale = entry.name;
    const localeDir = path.join(dir, locale);
    if (!TRANSLATED_LOCALES.has(locale)) {
      problems.error(rel(localeDir), 1, `"${locale}" is not a language of the site (${[...TRANSLATED_LOCALES].join(", ")})`);
      continue;
    }
    for (const f of fs.readdirSync(localeDir).filter((n) => n.endsWith(".mdx")).sort()) {
      const file = path.join(localeDir, f);
      const lesson = lessons.find((l) => f === path.basename(l.file));
      if (!lesson) {
        problems.error(rel(file), 1, `no English lesson en/${f} to translate (the file name must match it)`);
        continue;
      }
      const text = fs.readFileSync(file, "utf8");
      const split = splitFrontmatter(text);
      if (!split) {
        problems.error(rel(file), 1, "a translated lesson starts with frontmatter between --- lines, like the English one");
        continue;
      }
      const fmSource = new YamlSource(rel(file), split.yaml, 1);
      const fm = fmSource.parse(lessonFrontmatterSchema, problems);
      if (!fm) continue;
      if (!fm.translates) {
        problems.error(rel(file), 2, `translates: say which English version this translates (the English file's version is ${lesson.version})`);
        continue;
      }
      fm.sources.forEach((s, i) => {
        if (!resourceIds.has(s.id)) problems.error(rel(file), fmSource.lineOf(["sources", i, "id"]), `source "${s.id}" is not in lessons/resources.yaml`);
      });
      if (lesson.meta.contentNote && !fm.contentNote) {
        problems.error(rel(file), 1, `contentNote: the English lesson has a content note, so the translation needs one too (readers must get the same warning)`);
      }
      const stale = fm.translates !== lesson.version;
      if (stale) problems.warning(rel(file), fmSource.lineOf(["translates"]), `stale translation: it translates version ${fm.translates}, but ${lesson.file} is now ${lesson.version}`);
      lesson.translations[locale] = { locale, file: rel(file), meta: fm, body: split.body, stale };
    }
    const quizDir = path.join(localeDir, "quizzes");
    for (const f of fs.existsSync(quizDir) ? fs.readdirSync(quizDir).filter((n) => n.endsWith(".yaml")).sort() : []) {
      const file = path.join(quizDir, f);
      const quiz = quizzes[f.replace(/\.yaml$/, "")];
      const source = new YamlSource(rel(file), fs.readFileSync(file, "utf8"));
      if (!quiz) {
        problems.error(rel(file), 1, `no English quiz quizzes/${f} to translate`);
        continue;
      }
      const translation = source.parse(quizTranslationSchema, problems);
      if (!translation) continue;
      checkQuizTranslation(quiz, translation, source, problems);
      const stale = translation.translates !== quiz.version;
      if (stale) problems.warning(source.file, source.lineOf(["translates"]), `stale translation: it translates version ${translation.translates}, but ${quiz.file} is now ${quiz.version}`);
      quiz.translations[locale] = { ...translation, file: source.file, stale };
    }
  }
}

/** Every id in a quiz translation must be one of the English quiz's (texts only; answers stay in English). */
function checkQuizTranslation(quiz: QuizFile, translation: QuizTranslation, source: YamlSource, problems: ContentProblems) {
  for (const [questionId, texts] of Object.entries(translation.questions)) {
    const q = quiz.questions.find((x) => x.id === questionId);
    const at = (...p: string[]) => source.lineOf(["questions", questionId, ...p]);
    if (!q) {
      problems.error(source.file, at(), `question "${questionId}" is not in the English quiz`);
      continue;
    }
    const check = (key: "options" | "pairs" | "items", ids: string[]) => {
      for (const id of Object.keys(texts[key] ?? {})) if (!ids.includes(id)) problems.error(source.file, at(key, id), `${key} "${id}" is not in question "${questionId}"`);
    };
    check("options", "options" in q ? q.options.map((o) => o.id) : []);
    check("pairs", "pairs" in q ? q.pairs.map((p) => p.id) : []);
    check("items", "items" in q ? q.items.map((i) => i.id) : []);
  }
}

/** lessons/i18n/<locale>.yaml merged into the catalogue: course texts, lesson syllabi, resource and support summaries. */
function loadCatalogueTranslations(
  dir: string,
  courses: LoadedCourse[],
  resources: Resource[],
  support: SupportService[],
  rel: (p: string) => string,
  problems: ContentProblems,
) {
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, f);
    const locale = f.replace(/\.yaml$/, "");
    if (!f.endsWith(".yaml") || !TRANSLATED_LOCALES.has(locale)) {
      problems.error(rel(file), 1, `translation files are named <locale>.yaml, one of ${[...TRANSLATED_LOCALES].map((l) => l + ".yaml").join(", ")}`);
      continue;
    }
    const source = new YamlSource(rel(file), fs.readFileSync(file, "utf8"));
    const tr = source.parse(catalogueTranslationSchema, problems);
    if (!tr) continue;
    for (const [slug, c] of Object.entries(tr.courses ?? {})) {
      const course = courses.find((x) => x.slug === slug);
      if (!course) {
        problems.error(source.file, source.lineOf(["courses", slug]), `course "${slug}" does not exist`);
        continue;
      }
      if (c.objectives.length !== course.meta.objectives.en.length) {
        problems.error(source.file, source.lineOf(["courses", slug, "objectives"]), `${c.objectives.length} objectives, but the English course has ${course.meta.objectives.en.length}`);
      }
      course.meta.title[locale] = c.title;
      course.meta.summary[locale] = c.summary;
      course.meta.audience[locale] = c.audience;
      course.meta.objectives[locale] = c.objectives;
      for (const [lessonSlug, l] of Object.entries(c.lessons ?? {})) {
        const lesson = course.lessons.find((x) => x.slug === lessonSlug);
        if (!lesson) problems.error(source.file, source.lineOf(["courses", slug, "lessons", lessonSlug]), `lesson "${lessonSlug}" is not in course "${slug}"`);
        else lesson.syllabus[locale] = l;
      }
    }
    for (const [id, r] of Object.entries(tr.resources ?? {})) {
      const resource = resources.find((x) => x.id === id);
      if (!resource) problems.error(source.file, source.lineOf(["resources", id]), `resource "${id}" is not in lessons/resources.yaml`);
      else resource.summary[locale] = r.summary;
    }
    for (const [id, s] of Object.entries(tr.support ?? {})) {
      const service = support.find((x) => x.id === id);
      if (!service) problems.error(source.file, source.lineOf(["support", id]), `service "${id}" is not in lessons/support.yaml`);
      else service.description[locale] = s.description;
    }
  }
}

function checkQuiz(quiz: QuizFile, source: YamlSource, resourceIds: Set<string>, problems: ContentProblems) {
  const seen = new Set<string>();
  quiz.questions.forEach((q: QuestionDefinition, i) => {
    const at = (...p: (string | number)[]) => source.lineOf(["questions", i, ...p]);
    if (seen.has(q.id)) problems.error(source.file, at("id"), `duplicate question id "${q.id}"`);
    seen.add(q.id);
    if (!resourceIds.has(q.source.id)) problems.error(source.file, at("source", "id"), `source "${q.source.id}" is not in lessons/resources.yaml`);
    const unique = (ids: string[], what: string, key: string) => {
      const s = new Set<string>();
      ids.forEach((id, j) => {
        if (s.has(id)) problems.error(source.file, at(key, j), `duplicate ${what} "${id}" in question "${q.id}"`);
        s.add(id);
      });
    };
    switch (q.type) {
      case "single": {
        unique(q.options.map((o) => o.id), "option id", "options");
        const correct = q.options.filter((o) => o.correct).length;
        if (correct !== 1) problems.error(source.file, at("options"), `single-choice question "${q.id}" needs exactly one correct option (has ${correct})`);
        break;
      }
      case "multiple": {
        unique(q.options.map((o) => o.id), "option id", "options");
        const correct = q.options.filter((o) => o.correct).length;
        if (correct < 1) problems.error(source.file, at("options"), `multiple-choice question "${q.id}" needs at least one correct option`);
        if (correct === q.options.length) problems.error(source.file, at("options"), `multiple-choice question "${q.id}" needs at least one wrong option`);
        break;
      }
      case "matching":
        unique(q.pairs.map((p) => p.id), "pair id", "pairs");
        unique(q.pairs.map((p) => p.left), "left item", "pairs");
        unique(q.pairs.map((p) => p.right), "right item", "pairs");
        break;
      case "ordering":
        unique(q.items.map((p) => p.id), "item id", "items");
        break;
    }
  });
  if (quiz.kind === "assessment" && quiz.draw > quiz.questions.length) {
    problems.error(source.file, source.lineOf(["draw"]), `draw is ${quiz.draw} but the pool has only ${quiz.questions.length} questions`);
  }
}
