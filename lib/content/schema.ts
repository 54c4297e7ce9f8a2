import { z } from "zod";

/** Slugs and ids in content files: lower-case letters, digits and single hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case letters, digits and hyphens");

/** Text per locale; English is required (the source of truth). */
export const localized = z.object({ en: z.string().trim().min(1) }).catchall(z.string().trim().min(1));
export type Localized = z.infer<typeof localized>;
const localizedList = z.object({ en: z.array(z.string().trim().min(1)).min(1) }).catchall(z.array(z.string().trim().min(1)));

export const courseFileSchema = z.strictObject({
  slug,
  version: z.number().int().positive(),
  title: localized,
  summary: localized,
  audience: localized,
  objectives: localizedList,
  lessons: z.array(slug).min(1),
  assessment: slug.optional(),
  certificate: z.strictObject({ validityMonths: z.number().int().min(1).max(120).optional() }).optional(),
});
export type CourseFile = z.infer<typeof courseFileSchema>;

export const sourceCitation = z.strictObject({ id: slug, at: z.string().trim().min(1).max(300) });
export type SourceCitation = z.infer<typeof sourceCitation>;

export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(600),
  minutes: z.number().int().min(1).max(60),
  objectives: z.array(z.string().trim().min(1)).min(1),
  sources: z.array(sourceCitation),
  contentNote: z.string().trim().min(1).optional(),
  required: z.boolean().default(true),
  /** In a translation: the version (hash) of the English file it translates. */
  translates: z.string().optional(),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

// ---- Quizzes -------------------------------------------------------------------------------------

const text = z.string().trim().min(1);
const questionBase = {
  id: slug,
  prompt: text,
  explanation: text,
  source: sourceCitation,
};
const choice = z.strictObject({ id: slug, text, correct: z.boolean().optional() });

export const singleQuestion = z.strictObject({ ...questionBase, type: z.literal("single"), options: z.array(choice).min(2).max(8) });
export const multipleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("multiple"),
  partialCredit: z.boolean().default(false),
  options: z.array(choice).min(2).max(10),
});
export const trueFalseQuestion = z.strictObject({ ...questionBase, type: z.literal("true-false"), answer: z.boolean() });
export const matchingQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("matching"),
  pairs: z.array(z.strictObject({ id: slug, left: text, right: text })).min(2).max(8),
});
export const orderingQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("ordering"),
  items: z.array(z.strictObject({ id: slug, text })).min(2).max(8),
});

export const questionSchema = z.discriminatedUnion("type", [singleQuestion, multipleQuestion, trueFalseQuestion, matchingQuestion, orderingQuestion]);
export type QuestionDefinition = z.infer<typeof questionSchema>;

const knowledgeCheckSchema = z.strictObject({
  id: slug,
  kind: z.literal("knowledge-check"),
  questions: z.array(questionSchema).min(1).max(10),
});
const assessmentSchema = z.strictObject({
  id: slug,
  kind: z.literal("assessment"),
  draw: z.number().int().min(1),
  passMark: z.number().int().min(1).max(100),
  maxAttempts: z.number().int().min(1).max(100).optional(),
  timeLimitMinutes: z.number().int().min(1).max(600).optional(),
  review: z.enum(["after-each-attempt", "after-passing"]).default("after-each-attempt"),
  questions: z.array(questionSchema).min(1).max(500),
});
export const quizFileSchema = z.discriminatedUnion("kind", [knowledgeCheckSchema, assessmentSchema]);
export type QuizFile = z.infer<typeof quizFileSchema>;
export type KnowledgeCheckFile = z.infer<typeof knowledgeCheckSchema>;
export type AssessmentFile = z.infer<typeof assessmentSchema>;

// ---- Resource library ----------------------------------------------------------------------------

export const RESOURCE_TYPES = ["Treaty", "Guidance", "Publication", "COVID-19 resource", "Indicators", "Data"] as const;
export const RESOURCE_REGIONS = ["Global", "Asia", "Europe", "Africa", "Americas"] as const;

export const resourceSchema = z.strictObject({
  id: slug,
  title: text,
  publisher: text,
  year: z.number().int().min(1900).max(2100).optional(),
  types: z.array(z.enum(RESOURCE_TYPES)).min(1),
  regions: z.array(z.enum(RESOURCE_REGIONS)).min(1),
  /** The official address, or a page of this site (starting with /). */
  url: z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/[a-z0-9/#-]*$/)]),
  summary: localized,
});
export const resourcesFileSchema = z.array(resourceSchema);
export type Resource = z.infer<typeof resourceSchema>;

// ---- Support services (lessons/support.yaml) -------------------------------------------------------

export const supportServiceSchema = z.strictObject({
  id: slug,
  kind: z.enum(["help", "report"]),
  name: text,
  url: z.url({ protocol: /^https$/ }),
  description: localized,
  /** Published only with the official page it was checked on. */
  phone: z.strictObject({ number: text, source: z.url({ protocol: /^https$/ }), checked: text }).optional(),
});
export const supportFileSchema = z.strictObject({ services: z.array(supportServiceSchema).min(1) });
export type SupportService = z.infer<typeof supportServiceSchema>;

// ---- Translations ----------------------------------------------------------------------------------

/** lessons/<course>/<locale>/quizzes/<id>.yaml: the texts of a quiz, keyed by the English ids. */
export const quizTranslationSchema = z.strictObject({
  /** The version (hash) of the English quiz file this translates. */
  translates: z.string().trim().min(1),
  questions: z.record(
    slug,
    z.strictObject({
      prompt: text.optional(),
      explanation: text.optional(),
      options: z.record(slug, text).optional(),
      pairs: z.record(slug, z.strictObject({ left: text, right: text })).optional(),
      items: z.record(slug, text).optional(),
    }),
  ),
});
export type QuizTranslation = z.infer<typeof quizTranslationSchema>;

const syllabusLesson = z.strictObject({ title: text, summary: text, objectives: z.array(text).min(1), contentNote: text.optional() });
export type SyllabusText = z.infer<typeof syllabusLesson>;

/** lessons/i18n/<locale>.yaml: the catalogue, syllabi, resource and support summaries in one language. */
export const catalogueTranslationSchema = z.strictObject({
  courses: z
    .record(
      slug,
      z.strictObject({ title: text, summary: text, audience: text, objectives: z.array(text).min(1), lessons: z.record(slug, syllabusLesson).optional() }),
    )
    .optional(),
  resources: z.record(slug, z.strictObject({ summary: text })).optional(),
  support: z.record(slug, z.strictObject({ description: text })).optional(),
});
