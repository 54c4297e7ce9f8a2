/**
 * The complete list of components a lesson may use, with the attributes each needs.
 * content:check rejects anything else; components/mdx/index.tsx maps each name to its React component.
 * Documented for authors in docs/authoring.md.
 */
export const LESSON_COMPONENTS = {
  Callout: { required: [], optional: ["title"], enums: { type: ["note", "key", "warning"] }, children: true },
  KeyTerm: { required: ["term"], optional: [], enums: {}, children: true },
  SourceRef: { required: ["id"], optional: ["at"], enums: {}, children: false },
  Scenario: { required: ["title"], optional: ["role", "reflect"], enums: {}, children: true },
  Checklist: { required: [], optional: ["title"], enums: {}, children: true },
  SensitiveExample: { required: ["title"], optional: [], enums: {}, children: true },
  KnowledgeCheck: { required: ["id"], optional: [], enums: {}, children: false },
} as const satisfies Record<
  string,
  { required: readonly string[]; optional: readonly string[]; enums: Record<string, readonly string[]>; children: boolean }
>;

export type LessonComponentName = keyof typeof LESSON_COMPONENTS;
