import { parse } from "csv-parse/sync";
import { emailSchema } from "@/lib/auth/email-address";
import { NAME_MAX_LENGTH } from "@/lib/auth/accounts";

export const IMPORT_MAX_ROWS = 10_000;
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export type ImportRow = { line: number; name: string; email: string; group: string | null };
/** What is wrong with a file or row: a message key (messages/<locale>.json, "org.csv") and its values. */
export const IMPORT_PROBLEM_CODES = [
  "tooLarge",
  "notUtf8",
  "unreadable",
  "empty",
  "badHeader",
  "tooManyRows",
  "tooManyCells",
  "formula",
  "nameMissing",
  "nameTooLong",
  "groupTooLong",
  "notEmail",
  "emailMissing",
  "duplicate",
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];
export type ImportProblem = { line: number; code: ImportProblemCode; values?: Record<string, string | number> };
export type ParsedImport = { ok: true; rows: ImportRow[] } | { ok: false; problems: ImportProblem[] };

const FORMULA = /^[=+\-@\t\r]/;

/**
 * Reads a member list (columns name, email, group; header required; UTF-8 with or without BOM) and
 * validates every row. Any problem means nothing is imported; each problem names its line.
 */
export function parseMemberCsv(bytes: Uint8Array): ParsedImport {
  if (bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, problems: [{ line: 0, code: "tooLarge", values: { mb: IMPORT_MAX_BYTES / 1024 / 1024 } }] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ line: 0, code: "notUtf8" }] };
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return { ok: false, problems: [{ line: e.lines ?? 0, code: "unreadable", values: { reason: e.message.split(":")[0].slice(0, 80) } }] };
  }
  if (!records.length) return { ok: false, problems: [{ line: 1, code: "empty" }] };
  const header = records[0].map((h) => h.toLowerCase());
  const col = { name: header.indexOf("name"), email: header.indexOf("email"), group: header.indexOf("group") };
  if (col.name < 0 || col.email < 0 || header.some((h) => !["name", "email", "group"].includes(h))) {
    return { ok: false, problems: [{ line: 1, code: "badHeader", values: { found: records[0].join(",").slice(0, 80) } }] };
  }
  const data = records.slice(1);
  if (data.length > IMPORT_MAX_ROWS) {
    return { ok: false, problems: [{ line: 0, code: "tooManyRows", values: { rows: data.length, max: IMPORT_MAX_ROWS } }] };
  }

  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  data.forEach((cells, i) => {
    const line = i + 2;
    const name = (cells[col.name] ?? "").replace(/\s+/g, " ").trim();
    const rawEmail = cells[col.email] ?? "";
    const group = col.group >= 0 ? (cells[col.group] ?? "").trim() : "";
    if (cells.length > header.length) problems.push({ line, code: "tooManyCells", values: { cells: cells.length, header: header.length } });
    for (const [label, value] of [["name", name], ["email", rawEmail], ["group", group]] as const) {
      if (FORMULA.test(value)) problems.push({ line, code: "formula", values: { column: label, start: value[0] === "\t" ? "Tab" : value[0] === "\r" ? "CR" : value[0] } });
    }
    if (!name) problems.push({ line, code: "nameMissing" });
    else if (name.length > NAME_MAX_LENGTH) problems.push({ line, code: "nameTooLong", values: { max: NAME_MAX_LENGTH } });
    if (group.length > 80) problems.push({ line, code: "groupTooLong", values: { max: 80 } });
    const email = emailSchema.safeParse(rawEmail);
    if (!email.success) {
      problems.push(rawEmail ? { line, code: "notEmail", values: { value: rawEmail.slice(0, 60) } } : { line, code: "emailMissing" });
      return;
    }
    const first = seen.get(email.data);
    if (first) problems.push({ line, code: "duplicate", values: { email: email.data, first } });
    seen.set(email.data, line);
    rows.push({ line, name, email: email.data, group: group || null });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

/** A cell for a CSV export: text a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function safeCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  return FORMULA.test(text) ? `'${text}` : text;
}
