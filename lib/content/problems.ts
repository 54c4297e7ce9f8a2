/** A problem found in a content file, reported as `file:line: message`. */
export type ContentProblem = { file: string; line: number; message: string; severity: "error" | "warning" };

export class ContentProblems {
  readonly list: ContentProblem[] = [];
  error(file: string, line: number, message: string) {
    this.list.push({ file, line: Math.max(1, line), message, severity: "error" });
  }
  warning(file: string, line: number, message: string) {
    this.list.push({ file, line: Math.max(1, line), message, severity: "warning" });
  }
  get errors() {
    return this.list.filter((p) => p.severity === "error");
  }
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.severity === "warning" ? "warning: " : ""}${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content has ${problems.length} problem(s):\n` + problems.map(formatProblem).join("\n"));
  }
}
