import { describe, expect, it } from "vitest";
import { assignmentStatus } from "@/lib/org/status";
import { parseMemberCsv, safeCell } from "@/lib/org/csv";
import { translatorFor } from "@/lib/i18n/translator";

const now = new Date("2026-11-28T12:00:00Z");
const due = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe("assignment status", () => {
  it("not started, in progress, overdue (started or not), completed, completed late", () => {
    expect(assignmentStatus({ dueAt: due(3), startedAt: null, completedAt: null, now })).toBe("not-started");
    expect(assignmentStatus({ dueAt: due(3), startedAt: due(-1), completedAt: null, now })).toBe("in-progress");
    expect(assignmentStatus({ dueAt: due(-1), startedAt: null, completedAt: null, now })).toBe("overdue");
    expect(assignmentStatus({ dueAt: due(-1), startedAt: due(-5), completedAt: null, now })).toBe("overdue");
    expect(assignmentStatus({ dueAt: due(-1), startedAt: due(-5), completedAt: due(-2), now })).toBe("completed");
    expect(assignmentStatus({ dueAt: due(-10), startedAt: due(-20), completedAt: due(-3), now })).toBe("completed");
  });
  it("a completion whose certificate has expired needs recertification", () => {
    expect(assignmentStatus({ dueAt: due(-800), startedAt: due(-800), completedAt: due(-790), certificateExpiresAt: due(-60), now })).toBe("expired");
    expect(assignmentStatus({ dueAt: due(-800), startedAt: due(-800), completedAt: due(-790), certificateExpiresAt: due(60), now })).toBe("completed");
  });
});

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("member CSV import validation", () => {
  it("accepts a good file, with or without BOM, normalising emails and tolerating quoted commas", () => {
    const text = 'name,email,group\n"Okafor, Amina",Amina@Example.org,Field team\nLee Chen,lee@example.org,\n';
    for (const bytes of [utf8(text), utf8("\uFEFF" + text)]) {
      const parsed = parseMemberCsv(bytes);
      expect(parsed).toEqual({
        ok: true,
        rows: [
          { line: 2, name: "Okafor, Amina", email: "amina@example.org", group: "Field team" },
          { line: 3, name: "Lee Chen", email: "lee@example.org", group: null },
        ],
      });
    }
  });

  const bad: [string, Uint8Array, RegExp][] = [
    ["no header", utf8("Amina,amina@example.org,Team\n"), /first line must be the header/],
    ["wrong header", utf8("full name,mail\nA,a@example.org\n"), /first line must be the header/],
    ["empty file", utf8(""), /empty/],
    ["bad email", utf8("name,email,group\nAmina,not-an-email,Team\n"), /line 2|is not an email/],
    ["missing email", utf8("name,email,group\nAmina,,Team\n"), /email address is missing/],
    ["missing name", utf8("name,email,group\n,a@example.org,Team\n"), /name is missing/],
    ["duplicate rows", utf8("name,email,group\nA,a@example.org,T\nB,A@example.org,T\n"), /already on line 2/],
    ["too many rows", utf8("name,email,group\n" + Array.from({ length: 10_001 }, (_, i) => `P${i},p${i}@example.org,T`).join("\n")), /10,001 rows; at most 10,000/],
    ["not UTF-8", new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x2c, 0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0x4a, 0xf6, 0x72, 0x67, 0x2c, 0x6a, 0x40, 0x78, 0x2e, 0x6f, 0x72, 0x67]), /not UTF-8/],
    ["formula in a name", utf8('name,email,group\n"=HYPERLINK(""http://evil"")",a@example.org,T\n'), /like a spreadsheet formula/],
    ["formula in a group", utf8("name,email,group\nAmina,a@example.org,@SUM(A1)\n"), /group starts with “@”/],
    ["extra cells", utf8("name,email,group\nAmina,a@example.org,T,extra\n"), /4 cells; the header has 3/],
    ["broken quoting", utf8('name,email,group\n"Amina,a@example.org,T\n'), /could not be read as CSV/],
  ];
  for (const [label, bytes, expected] of bad) {
    it(`rejects a file with ${label}, saying where`, async () => {
      const parsed = parseMemberCsv(bytes);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      const t = await translatorFor("en", "org.csv");
      expect(parsed.problems.map((p) => `line ${p.line}: ${t(p.code, p.values)}`).join("\n")).toMatch(expected);
    });
  }

  it("reports every bad row, not just the first", () => {
    const parsed = parseMemberCsv(utf8("name,email,group\nA,bad,T\nB,b@example.org,T\nC,also-bad,T\n"));
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.line)).toEqual([2, 4]);
  });
});

describe("export cells", () => {
  it("neutralise spreadsheet formulas and leave other text alone", () => {
    for (const v of ["=1+1", "+44 20", "-3", "@SUM(A1)", "\tx", "\rx"]) expect(safeCell(v)).toBe(`'${v}`);
    expect(safeCell("Amina Okafor")).toBe("Amina Okafor");
    expect(safeCell(null)).toBe("");
    expect(safeCell(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
    expect(safeCell(87)).toBe("87");
  });
});
