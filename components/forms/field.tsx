import type { InputHTMLAttributes } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function Field({ id, label, hint, error, ...input }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-error" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input id={id} name={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className="field-input" {...input} />
    </div>
  );
}

/** A message at the top of a form, announced when it appears. */
export function FormMessage({ tone, children, testId }: { tone: "error" | "success"; children: string; testId?: string }) {
  const styles =
    tone === "error" ? "border-error bg-red-50 text-red-900" : "border-brand bg-brand-soft text-brand-dark";
  return (
    <div role={tone === "error" ? "alert" : "status"} data-testid={testId} className={`rounded-md border-s-4 p-4 font-semibold ${styles}`}>
      {children}
    </div>
  );
}
