import { parse } from "csv-parse/sync";
import { emailSchema } from "@/lib/auth/email-address";
import { NAME_MAX_LENGTH } from "@/lib/auth/accounts";

export const IMPORT_MAX_ROWS = 10_000;
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export type ImportRow = { line: number; name: string; email: string; group: string | null };
export type ImportProblem = { line: number; message: string };
export type ParsedImport = { ok: true; rows: ImportRow[] } | { ok: false; problems: ImportProblem[] };

const FORMULA = /^[=+\-@\t\r]/;

/**
 * Reads a member list (columns name, email, group; header required; UTF-8 with or without BOM) and
 * validates every row. Any problem means nothing is imported; each problem names its line.
 */
export function parseMemberCsv(bytes: Uint8Array): ParsedImport {
  if (bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, problems: [{ line: 0, message: "The file is larger than 5 MB." }] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ line: 0, message: "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again." }] };
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return { ok: false, problems: [{ line: e.lines ?? 0, message: `The file could not be read as CSV: ${e.message.split(":")[0]}.` }] };
  }
  if (!records.length) return { ok: false, problems: [{ line: 1, message: "The file is empty. The first line must be the header: name,email,group" }] };
  const header = records[0].map((h) => h.toLowerCase());
  const col = { name: header.indexOf("name"), email: header.indexOf("email"), group: header.indexOf("group") };
  if (col.name < 0 || col.email < 0 || header.some((h) => !["name", "email", "group"].includes(h))) {
    return { ok: false, problems: [{ line: 1, message: `The first line must be the header "name,email,group" (found "${records[0].join(",").slice(0, 80)}").` }] };
  }
  const data = records.slice(1);
  if (data.length > IMPORT_MAX_ROWS) {
    return { ok: false, problems: [{ line: 0, message: `The file has ${data.length.toLocaleString("en")} rows; at most ${IMPORT_MAX_ROWS.toLocaleString("en")} can be imported at once.` }] };
  }

  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  data.forEach((cells, i) => {
    const line = i + 2;
    const name = (cells[col.name] ?? "").replace(/\s+/g, " ").trim();
    const rawEmail = cells[col.email] ?? "";
    const group = col.group >= 0 ? (cells[col.group] ?? "").trim() : "";
    if (cells.length > header.length) problems.push({ line, message: `This row has ${cells.length} cells; the header has ${header.length}.` });
    for (const [label, value] of [["name", name], ["email", rawEmail], ["group", group]] as const) {
      if (FORMULA.test(value)) problems.push({ line, message: `The ${label} starts with "${value[0]}", like a spreadsheet formula. Remove it.` });
    }
    if (!name) problems.push({ line, message: "The name is missing." });
    else if (name.length > NAME_MAX_LENGTH) problems.push({ line, message: `The name is longer than ${NAME_MAX_LENGTH} characters.` });
    if (group.length > 80) problems.push({ line, message: "The group name is longer than 80 characters." });
    const email = emailSchema.safeParse(rawEmail);
    if (!email.success) {
      problems.push({ line, message: rawEmail ? `"${rawEmail.slice(0, 60)}" is not an email address.` : "The email address is missing." });
      return;
    }
    const first = seen.get(email.data);
    if (first) problems.push({ line, message: `${email.data} is already on line ${first}.` });
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
