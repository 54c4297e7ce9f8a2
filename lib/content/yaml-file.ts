import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { ContentProblems } from "./problems";

/** A parsed YAML text that can say on which line any value stands. */
export class YamlSource {
  private readonly counter = new LineCounter();
  readonly doc: Document;
  constructor(
    readonly file: string,
    text: string,
    /** Lines before this YAML in its file (frontmatter starts on line 2). */
    private readonly lineOffset = 0,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.counter, prettyErrors: false, uniqueKeys: true });
  }

  /** The line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range) return this.counter.linePos(node.range[0]).line + this.lineOffset;
      if (n === 0 && (isMap(this.doc.contents) || isSeq(this.doc.contents))) {
        const range = (this.doc.contents as { range?: [number, number, number] }).range;
        if (range) return this.counter.linePos(range[0]).line + this.lineOffset;
      }
    }
    return 1 + this.lineOffset;
  }

  /** Reports YAML syntax errors; returns false when the file cannot be read as YAML. */
  checkSyntax(problems: ContentProblems): boolean {
    for (const error of this.doc.errors) {
      const line = error.linePos?.[0]?.line ?? 1;
      problems.error(this.file, line + this.lineOffset, `YAML: ${error.message.split("\n")[0]}`);
    }
    return this.doc.errors.length === 0;
  }

  /** Validates with zod; each issue is reported on the line of the value it concerns. */
  parse<T extends z.ZodType>(schema: T, problems: ContentProblems): z.infer<T> | undefined {
    if (!this.checkSyntax(problems)) return undefined;
    const result = schema.safeParse(this.doc.toJS());
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const where = issue.path.length ? issue.path.join(".") : "file";
      problems.error(this.file, this.lineOf(issue.path), `${where}: ${issue.message}`);
    }
    return undefined;
  }
}
