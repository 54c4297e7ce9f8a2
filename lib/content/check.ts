import path from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { LESSON_COMPONENTS } from "@/components/mdx/registry";
import { loadContent, type LoadedContent, type LoadedCourse, type LoadedLesson } from "./load";
import type { ContentProblems } from "./problems";

type MdNode = {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
};

function walk(node: MdNode, visit: (node: MdNode, ancestors: MdNode[]) => void, ancestors: MdNode[] = []) {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

/** Pages a lesson may link to (locale prefix optional). */
function internalLinkProblem(url: string, content: LoadedContent): string | null {
  const [pathPart, hashPart] = url.split("#");
  const clean = pathPart.split("?")[0].replace(/^\/[a-z]{2}(?=\/|$)/, "").replace(/\/$/, "") || "/";
  const parts = clean.split("/").filter(Boolean);
  if (clean === "/" || ["/courses", "/support", "/verify", "/my-learning"].includes(clean)) return null;
  if (clean === "/resources") {
    if (hashPart && !content.resources.some((r) => r.id === hashPart)) return `link to unknown resource "#${hashPart}"`;
    return null;
  }
  if (parts[0] === "courses" && parts.length <= 3) {
    const course = content.courses.find((c) => c.slug === parts[1]);
    if (!course) return `link to unknown course "${parts[1]}"`;
    if (parts[2] && !course.lessons.some((l) => l.slug === parts[2])) return `link to unknown lesson "${parts[1]}/${parts[2]}"`;
    return null;
  }
  return `broken internal link "${url}"`;
}

async function checkLessonBody(lesson: LoadedLesson, course: LoadedCourse, content: LoadedContent, problems: ContentProblems) {
  const file = lesson.file;
  let tree: MdNode | undefined;
  try {
    await compile(lesson.body, {
      remarkPlugins: [
        remarkGfm,
        () => (t: unknown) => {
          tree = t as MdNode;
        },
      ],
    });
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    problems.error(file, line, `MDX: ${(e.reason ?? e.message).split("\n")[0]}`);
    return;
  }
  if (!tree) return;
  const cited = new Set(lesson.meta.sources.map((s) => s.id));
  walk(tree, (node, ancestors) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "mdxjsEsm") problems.error(file, line, "lessons cannot use import or export");
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      problems.error(file, line, "lessons cannot use { } expressions; write the text plainly");
    }
    if (node.type === "html") problems.error(file, line, "lessons cannot use raw HTML (or <!-- comments -->); use Markdown or a lesson component");
    if (node.type === "link" && node.url) {
      if (node.url.startsWith("/")) {
        const problem = internalLinkProblem(node.url, content);
        if (problem) problems.error(file, line, problem);
      } else if (!/^(https?:|mailto:|#)/.test(node.url)) {
        problems.error(file, line, `link "${node.url}": use an address starting with /, https:// or #`);
      }
    }
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const name = node.name ?? "(fragment)";
    const spec = (LESSON_COMPONENTS as Record<string, (typeof LESSON_COMPONENTS)[keyof typeof LESSON_COMPONENTS]>)[name];
    if (!spec) {
      problems.error(file, line, `unknown component <${name}>; lessons may use ${Object.keys(LESSON_COMPONENTS).map((n) => `<${n}>`).join(", ")}`);
      return;
    }
    const attrs = new Map<string, unknown>();
    for (const a of node.attributes ?? []) {
      if (a.type !== "mdxJsxAttribute" || !a.name) {
        problems.error(file, line, `<${name}>: write attributes as name="text"`);
        continue;
      }
      if (typeof a.value !== "string") problems.error(file, line, `<${name} ${a.name}>: the value must be text in double quotes`);
      attrs.set(a.name, a.value);
    }
    const allowed = new Set<string>([...spec.required, ...spec.optional, ...Object.keys(spec.enums)]);
    for (const key of attrs.keys()) if (!allowed.has(key)) problems.error(file, line, `<${name}> has no attribute "${key}"`);
    for (const key of spec.required) if (!attrs.get(key)) problems.error(file, line, `<${name}> needs ${key}="…"`);
    for (const [key, values] of Object.entries(spec.enums)) {
      const v = attrs.get(key);
      if (v === undefined || !(values as readonly string[]).includes(String(v))) problems.error(file, line, `<${name}> needs ${key}= one of ${values.join(", ")}`);
    }
    if (name === "SourceRef") {
      const id = String(attrs.get("id") ?? "");
      if (id && !cited.has(id)) problems.error(file, line, `<SourceRef id="${id}"> cites a source not listed in this lesson's frontmatter sources`);
    }
    if (name === "KnowledgeCheck") {
      const id = String(attrs.get("id") ?? "");
      const quiz = course.quizzes[id];
      if (!quiz) problems.error(file, line, `<KnowledgeCheck id="${id}">: no quiz file lessons/${course.slug}/quizzes/${id}.yaml`);
      else if (quiz.kind !== "knowledge-check") problems.error(file, line, `<KnowledgeCheck id="${id}"> points to an assessment, not a knowledge check`);
      if (ancestors.some((a) => a.name === "SensitiveExample")) problems.error(file, line, "a knowledge check cannot sit inside <SensitiveExample> (learners may skip it)");
    }
  });
}

/** Every content check: files, schemas, order, references, MDX components and links. */
export async function checkContent(lessonsDir = path.join(process.cwd(), "lessons"), projectDir = path.dirname(lessonsDir)) {
  const content = loadContent(lessonsDir, projectDir);
  for (const course of content.courses) {
    for (const lesson of course.lessons) {
      await checkLessonBody(lesson, course, content, content.problems);
      // Translations obey the same rules (components, sources, links) as the English lesson.
      for (const tr of Object.values(lesson.translations)) await checkLessonBody({ ...lesson, file: tr.file, meta: tr.meta, body: tr.body }, course, content, content.problems);
    }
  }
  return content;
}
