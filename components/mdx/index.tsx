import type { ReactNode } from "react";
import type { SourceCitation } from "@/lib/content/schema";
import type { LessonComponentName } from "./registry";

/** What a lesson's components need to know about the lesson they are in. */
export type LessonContext = {
  sources: (SourceCitation & { title: string })[];
  labels: { source: string; scenario: string; reflect: string; role: string; sensitiveExample: string; sensitiveHint: string };
  renderKnowledgeCheck: (id: string) => ReactNode;
  /** Where a source's entry in the resource library is. */
  libraryHref: (id: string) => string;
};

type WithChildren<P> = P & { children?: ReactNode };

/**
 * The components lessons may use (the one registry: names and attributes are in ./registry.ts and
 * checked by content:check). Rendered on the server; no JavaScript reaches the browser for them.
 */
export function lessonComponents(ctx: LessonContext): Record<LessonComponentName, (props: never) => ReactNode> {
  const Callout = ({ type, title, children }: WithChildren<{ type: "note" | "key" | "warning"; title?: string }>) => {
    const tone = {
      note: "border-sky-700 bg-sky-50",
      key: "border-brand bg-brand-soft",
      warning: "border-warn-border bg-warn-bg",
    }[type];
    return (
      <aside className={`callout my-6 rounded-md border-s-4 p-4 ${tone}`} data-callout={type}>
        {title ? <p className="font-semibold">{title}</p> : null}
        <div className="lesson-flow">{children}</div>
      </aside>
    );
  };

  const KeyTerm = ({ term, children }: WithChildren<{ term: string }>) => (
    <dl className="keyterm my-6 rounded-md border border-gray-300 bg-white p-4">
      <dt className="font-semibold">
        <dfn className="not-italic">{term}</dfn>
      </dt>
      <dd className="lesson-flow mt-1">{children}</dd>
    </dl>
  );

  const SourceRef = ({ id, at }: { id: string; at?: string }) => {
    const index = ctx.sources.findIndex((s) => s.id === id);
    const source = ctx.sources[index];
    const label = `${ctx.labels.source} ${index + 1}: ${source?.title ?? id}${at ? `, ${at}` : ""}`;
    return (
      <a href={ctx.libraryHref(id)} className="sourceref ms-0.5 inline-block min-w-6 text-center text-sm no-underline" aria-label={label} title={label}>
        [{index + 1}]
      </a>
    );
  };

  const Scenario = ({ title, role, reflect, children }: WithChildren<{ title: string; role?: string; reflect?: string }>) => (
    <section className="scenario my-8 rounded-lg border border-gray-300 bg-white p-5" aria-label={`${ctx.labels.scenario}: ${title}`}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{ctx.labels.scenario}</p>
      <h3 className="mt-1 text-xl font-semibold">{title}</h3>
      {role ? (
        <p className="mt-1 text-sm text-muted">
          {ctx.labels.role}: {role}
        </p>
      ) : null}
      <div className="lesson-flow mt-3">{children}</div>
      {reflect ? (
        <p className="mt-4 rounded-md bg-brand-soft p-3">
          <strong>{ctx.labels.reflect}:</strong> {reflect}
        </p>
      ) : null}
    </section>
  );

  const Checklist = ({ title, children }: WithChildren<{ title?: string }>) => (
    <div className="checklist my-6 rounded-md border border-gray-300 bg-white p-4">
      {title ? <p className="font-semibold">{title}</p> : null}
      <div className="lesson-flow">{children}</div>
    </div>
  );

  const SensitiveExample = ({ title, children }: WithChildren<{ title: string }>) => (
    <details className="sensitive-example my-6 rounded-md border border-warn-border bg-warn-bg p-4">
      <summary className="cursor-pointer font-semibold">
        {ctx.labels.sensitiveExample}: {title}
      </summary>
      <p className="mt-2 text-sm">{ctx.labels.sensitiveHint}</p>
      <div className="lesson-flow mt-3">{children}</div>
    </details>
  );

  const KnowledgeCheck = ({ id }: { id: string }) => <>{ctx.renderKnowledgeCheck(id)}</>;

  return { Callout, KeyTerm, SourceRef, Scenario, Checklist, SensitiveExample, KnowledgeCheck } as Record<
    LessonComponentName,
    (props: never) => ReactNode
  >;
}
