import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { PDFDocument } from "pdf-lib";
import { createTestDb } from "../helpers/db";
import type { Db } from "@/lib/db";
import type { Certificate } from "@/lib/generated/prisma/client";
import type { CourseOutline } from "@/lib/progress";
import { newCertificateCode, normaliseCertificateCode } from "@/lib/certificates/code";
import { certificateStatus, issueCertificate, renewCertificateIfDue, renewalDue, revokeCertificate } from "@/lib/certificates/issue";
import { qrPng, renderCertificatePdf, UnsupportedCharactersError, verificationUrl } from "@/lib/certificates/pdf";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(() => ({ db, cleanup } = createTestDb()));
afterAll(() => cleanup());

const course: CourseOutline = { slug: "demo", version: "1.ab12cd34", lessons: [], assessment: "final", title: "Protecting children: the Optional Protocol", certificateValidityMonths: 24 };

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((i) => ("str" in i ? i.str : "")).join(" ");
}

function cert(overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: "c1",
    code: newCertificateCode(),
    issueKey: "k",
    userId: "u",
    learnerName: "Amina Okafor",
    courseSlug: "demo",
    courseTitle: course.title!,
    courseVersion: course.version,
    completedAt: new Date("2026-11-28T10:00:00Z"),
    score: 87,
    attemptId: "a",
    issuedAt: new Date("2026-11-28T10:00:00Z"),
    expiresAt: new Date("2028-11-28T10:00:00Z"),
    revokedAt: null,
    revokedReason: null,
    revokedById: null,
    ...overrides,
  };
}

describe("certificate codes", () => {
  it("carry at least 128 random bits, grouped for reading aloud, and never repeat", () => {
    const codes = new Set(Array.from({ length: 2000 }, newCertificateCode));
    expect(codes.size).toBe(2000);
    const code = [...codes][0];
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}-[0-9A-HJKMNP-TV-Z]$/);
    expect(code.replace(/-/g, "").length * 5).toBeGreaterThanOrEqual(128);
  });
  it("are read forgivingly as typed", () => {
    const code = newCertificateCode();
    expect(normaliseCertificateCode(code.toLowerCase().replace(/-/g, " "))).toBe(code);
    expect(normaliseCertificateCode("ABC")).toBeNull();
    expect(normaliseCertificateCode("U".repeat(26))).toBeNull();
  });
});

describe("the certificate PDF", () => {
  it("contains the name, course and code (parsed back), is A4 landscape, and its QR code decodes to the verification URL", async () => {
    const c = cert();
    const url = verificationUrl(c.code, "https://academy.example.org");
    const bytes = await renderCertificatePdf(c, url);
    const doc = await PDFDocument.load(bytes);
    const [page] = doc.getPages();
    expect(Math.round(page.getWidth())).toBe(842);
    expect(Math.round(page.getHeight())).toBe(595);
    expect(doc.getSubject()).toContain(c.code);
    const text = await pdfText(bytes);
    expect(text).toContain("Amina Okafor");
    expect(text).toContain("Protecting children: the Optional Protocol");
    expect(text).toContain(c.code);
    expect(text).toContain("Valid until 28 November 2028");

    const png = PNG.sync.read(await qrPng(url));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`https://academy.example.org/verify/${c.code}`);
  });

  it("draws Cyrillic and accented Latin names", async () => {
    const text = await pdfText(await renderCertificatePdf(cert({ learnerName: "Анна Петрова-Müller" }), "https://x.example/verify/A"));
    expect(text).toContain("Анна Петрова-Müller");
  });

  it("draws names and titles in Arabic (shaped, right to left) and Chinese, in the learner's language, and parses them back", async () => {
    const arabic = await renderCertificatePdf(cert({ learnerName: "فاطمة الزهراء", courseTitle: "حماية الأطفال" }), "https://x.example/verify/A", { locale: "ar" });
    const arText = await pdfText(arabic);
    expect(arText).toContain("فاطمة الزهراء");
    expect((await PDFDocument.load(arabic)).getSubject()).toContain("فاطمة الزهراء");
    const chinese = await pdfText(await renderCertificatePdf(cert({ learnerName: "王小明" }), "https://x.example/verify/A", { locale: "zh", courseTitle: "保护儿童免遭买卖和性剥削" }));
    expect(chinese).toContain("王小明");
    expect(chinese).toContain("保护儿童免遭买卖和性剥削");
    // Labels come from the learner's language (messages/zh.json), falling back to English key by key.
    const zh = JSON.parse(fs.readFileSync("messages/zh.json", "utf8")) as { certificates: { pdf?: { title?: string } } };
    expect(chinese).toContain(zh.certificates.pdf?.title ?? "Certificate of completion");
  });

  it("embeds CJK glyph outlines intact (fontkit subsets are padded: odd-length glyphs used to shift the rest)", async () => {
    const fontkit = (await import("@pdf-lib/fontkit")).default;
    await renderCertificatePdf(cert({ learnerName: "王小明" }), "https://x.example/verify/A"); // installs the padding
    const font = fontkit.create(fs.readFileSync("node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"));
    const subset = font.createSubset();
    for (const glyph of font.layout("王小明学习保护儿童").glyphs) subset.includeGlyph(glyph);
    const bytes = await new Promise<Buffer>((resolve) => {
      const chunks: Uint8Array[] = [];
      const stream = subset.encodeStream();
      stream.on("data", (c: Uint8Array) => chunks.push(c));
      stream.on("end", () => resolve(Buffer.concat(chunks)));
    });
    const reread = fontkit.create(bytes);
    for (let id = 1; id < reread.numGlyphs; id++) expect((reread.getGlyph(id).path as unknown as { commands: unknown[] }).commands.length, `glyph ${id}`).toBeGreaterThan(0);
  });

  it("refuses scripts it cannot shape yet (e.g. Devanagari) with a clear message instead of drawing them wrongly", async () => {
    const error = await renderCertificatePdf(cert({ learnerName: "अमिना" }), "https://x.example/verify/A").catch((e) => e);
    expect(error).toBeInstanceOf(UnsupportedCharactersError);
    expect((error as UnsupportedCharactersError).characters.length).toBeGreaterThan(0);
  });
});

describe("issuing, expiry, renewal and revocation", () => {
  it("issues once per passed attempt, with the name as it was at issue, and an expiry from the validity period", async () => {
    const user = await db.user.create({ data: { email: "c@example.org", name: "Chidi Obi", passwordHash: "x" } });
    await db.quizAttempt.create({ data: { id: "att1", userId: user.id, courseSlug: "demo", quizId: "final", courseVersion: course.version, attemptNumber: 1, seed: "s", questionIds: "[]", percent: 90, passed: true } });
    const completedAt = new Date("2026-01-15T09:00:00Z");
    const [a, b] = await Promise.all([
      issueCertificate(db, { userId: user.id, course, attemptId: "att1", completedAt }),
      issueCertificate(db, { userId: user.id, course, attemptId: "att1", completedAt }),
    ]);
    expect(a.id).toBe(b.id);
    expect(await db.certificate.count({ where: { userId: user.id } })).toBe(1);
    expect(a).toMatchObject({ learnerName: "Chidi Obi", courseTitle: course.title, courseVersion: course.version, score: 90, attemptId: "att1" });
    expect(a.expiresAt).toEqual(new Date("2028-01-15T09:00:00Z"));
    await db.user.update({ where: { id: user.id }, data: { name: "Chidi Obi-Eze" } });
    expect((await db.certificate.findUniqueOrThrow({ where: { id: a.id } })).learnerName).toBe("Chidi Obi");

    expect(certificateStatus(a, new Date("2027-06-01"))).toBe("valid");
    expect(certificateStatus(a, new Date("2028-01-16"))).toBe("expired");
    expect(renewalDue(a, new Date("2027-11-01"))).toBe(false);
    expect(renewalDue(a, new Date("2027-12-20"))).toBe(true);

    // A pass long before expiry issues nothing; within 30 days of expiry it issues a new certificate.
    await db.quizAttempt.create({ data: { id: "att2", userId: user.id, courseSlug: "demo", quizId: "final", courseVersion: course.version, attemptNumber: 2, seed: "s", questionIds: "[]", percent: 100, passed: true } });
    expect(await renewCertificateIfDue(db, { userId: user.id, course, attemptId: "att2", completedAt: new Date("2027-03-01") })).toBeNull();
    const renewed = await renewCertificateIfDue(db, { userId: user.id, course, attemptId: "att2", completedAt: new Date("2027-12-30") });
    expect(renewed?.id).not.toBe(a.id);
    expect(renewed?.expiresAt).toEqual(new Date("2029-12-30T00:00:00Z"));
    expect(certificateStatus(a, new Date("2028-02-01"))).toBe("expired");

    expect((await revokeCertificate(db, { code: a.code, reason: "Issued in error", adminId: "admin" })).count).toBe(1);
    const revoked = await db.certificate.findUniqueOrThrow({ where: { id: a.id } });
    expect(certificateStatus(revoked)).toBe("revoked");
    expect(revoked.revokedReason).toBe("Issued in error");
  });
});
