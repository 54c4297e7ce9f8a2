import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type Color, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import type { Certificate } from "@/lib/generated/prisma/client";
import { textDirection } from "@/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { longDate } from "@/lib/i18n/format";
import { baseDirection, visualRuns, type Direction, type FontKind } from "./text-runs";

const FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const CJK_FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc");

/**
 * Scripts the PDF cannot draw correctly: those that need shaping other than Arabic's (Indic, Thai,
 * Myanmar…). Checked before drawing, never guessed. Arabic is shaped by fontkit with DejaVu Sans,
 * whose one-glyph-per-letter design keeps the text extractable (Noto Sans Arabic splits dots into
 * separate glyphs, which copy and search cannot map back to letters).
 */
const NEEDS_OTHER_SHAPING = /[\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/u;

/** A name or title the certificate fonts cannot show. The message says which characters. */
export class UnsupportedCharactersError extends Error {
  constructor(readonly characters: string[]) {
    super(`The certificate cannot show these characters yet: ${characters.join(" ")}`);
  }
}

type Weight = "regular" | "bold";
type FontSet = Record<FontKind, Record<Weight, PDFFont>>;
type FontKitFont = { hasGlyphForCodePoint(codePoint: number): boolean };
type FontFiles = Record<FontKind, Record<Weight, Buffer>> & { check: Record<FontKind, FontKitFont> };

let fontFiles: FontFiles | undefined;
function loadFontFiles(): FontFiles {
  if (!fontFiles) {
    const main = { regular: fs.readFileSync(path.join(FONT_DIR, "DejaVuSans.ttf")), bold: fs.readFileSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")) };
    const cjk = {
      regular: fs.readFileSync(path.join(CJK_FONT_DIR, "400Regular", "NotoSansSC_400Regular.ttf")),
      bold: fs.readFileSync(path.join(CJK_FONT_DIR, "700Bold", "NotoSansSC_700Bold.ttf")),
    };
    const check = { main: fontkit.create(main.bold), cjk: fontkit.create(cjk.bold) } as unknown as Record<FontKind, FontKitFont>;
    padTrueTypeSubsets(check.main);
    fontFiles = { main, cjk, check };
  }
  return fontFiles;
}

/**
 * fontkit's TrueType subsetter writes a short `loca` table (offsets / 2) without padding odd-length
 * glyphs, which shifts every later glyph: in Noto Sans SC whole characters vanished from the PDF.
 * Padding each glyph to an even length (which the TrueType spec recommends anyway) fixes it.
 */
function padTrueTypeSubsets(font: unknown) {
  type Subset = { glyf: Buffer[]; offset: number; _addGlyph(gid: number): number; padded?: boolean };
  const proto = Object.getPrototypeOf((font as { createSubset(): Subset }).createSubset()) as Subset;
  if (proto.padded) return;
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function (this: Subset, gid: number) {
    const index = addGlyph.call(this, gid);
    const glyph = this.glyf[index];
    if (glyph.length % 2) {
      // fontkit's bundled Buffer class, not Node's: its encoder accepts only its own.
      const padded = (glyph.constructor as typeof Buffer).alloc(glyph.length + 1);
      glyph.copy(padded, 0);
      this.glyf[index] = padded;
      this.offset += 1;
    }
    return index;
  };
  proto.padded = true;
}

/** Characters of `text` the certificate cannot draw correctly (empty when it can). */
export function unsupportedCharacters(text: string): string[] {
  const { check } = loadFontFiles();
  const bad = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x20 || /\p{Cf}/u.test(ch)) continue;
    if (NEEDS_OTHER_SHAPING.test(ch) || !(check.main.hasGlyphForCodePoint(cp) || check.cjk.hasGlyphForCodePoint(cp))) bad.add(ch);
  }
  return [...bad];
}

/** One line of text in mixed scripts: measured and drawn run by run, in visual order. */
class Line {
  readonly runs: { text: string; font: PDFFont }[];
  constructor(fonts: FontSet, weight: Weight, text: string, direction: Direction) {
    this.runs = visualRuns(text, direction).map((r) => ({ text: r.text, font: fonts[r.font][weight] }));
  }
  width(size: number) {
    return this.runs.reduce((sum, r) => sum + r.font.widthOfTextAtSize(r.text, size), 0);
  }
  draw(page: PDFPage, x: number, y: number, size: number, color: Color) {
    for (const r of this.runs) {
      page.drawText(r.text, { x, y, size, font: r.font, color });
      x += r.font.widthOfTextAtSize(r.text, size);
    }
  }
}

/** The words of `text` in lines no wider than maxWidth (CJK text, which has no spaces, breaks anywhere). */
function wrap(measure: (text: string) => number, text: string, maxWidth: number): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() && measure(next.trim()) > maxWidth) {
      lines.push(line.trim());
      line = token.trim() ? token : "";
    } else line = next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

export type CertificateText = {
  /** The language of the labels and dates (the learner's saved language). */
  locale?: string;
  /** The course title in that language (defaults to the title recorded at issue). */
  courseTitle?: string;
};

/**
 * The certificate as an A4 landscape PDF: name, course, version, dates, score, code and a QR code
 * linking to the public verification page, in the learner's language (Arabic laid out right to left).
 * Names and titles may be in any of the six UN languages' scripts. Throws UnsupportedCharactersError
 * rather than drawing a name wrongly or leaving it out.
 */
export async function renderCertificatePdf(cert: Certificate, verifyUrl: string, options: CertificateText = {}): Promise<Uint8Array> {
  const courseTitle = options.courseTitle ?? cert.courseTitle;
  const missing = unsupportedCharacters(`${cert.learnerName}${courseTitle}`);
  if (missing.length) throw new UnsupportedCharactersError(missing);
  const locale = options.locale ?? "en";
  const t = await translatorFor(locale, "certificates.pdf");
  const dir = textDirection(locale);
  const date = (d: Date) => longDate(d, locale);

  const files = loadFontFiles();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const embed = (bytes: Buffer) => pdf.embedFont(bytes, { subset: true });
  const fonts: FontSet = {
    main: { regular: await embed(files.main.regular), bold: await embed(files.main.bold) },
    cjk: { regular: await embed(files.cjk.regular), bold: await embed(files.cjk.bold) },
  };
  const page = pdf.addPage([841.89, 595.28]);
  const { width, height } = page.getSize();
  const ink = rgb(0.07, 0.09, 0.15);
  const brand = rgb(0.07, 0.37, 0.35);
  const muted = rgb(0.29, 0.33, 0.39);
  // Labels follow the page's direction; a name or title follows its own first letter.
  const line = (text: string, weight: Weight, own = false) => new Line(fonts, weight, text, own ? baseDirection(text) : dir);
  const centre = (l: Line, y: number, size: number, color: Color = ink) => l.draw(page, (width - l.width(size)) / 2, y, size, color);
  /** Text set from the start edge: the left in English, the right in Arabic. */
  const fromStart = (l: Line, inset: number, y: number, size: number, color: Color) => l.draw(page, dir === "rtl" ? width - inset - l.width(size) : inset, y, size, color);

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: brand, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: brand, borderWidth: 0.75 });

  centre(line("Safeguard Academy", "bold"), height - 90, 16, brand);
  centre(line(t("title"), "bold"), height - 135, 30);
  centre(line(t("certifies"), "regular"), height - 180, 14, muted);
  const name = line(cert.learnerName, "bold", true);
  let nameSize = 34;
  while (nameSize > 14 && name.width(nameSize) > width - 160) nameSize -= 1;
  centre(name, height - 225, nameSize);
  centre(line(t("completedCourse"), "regular"), height - 262, 14, muted);
  const titleLines = wrap((text) => line(text, "bold", true).width(20), courseTitle, width - 200).slice(0, 3);
  titleLines.forEach((text, i) => centre(line(text, "bold", true), height - 297 - i * 26, 20, brand));

  const details = [
    t("completedOn", { date: date(cert.completedAt) }),
    cert.score !== null ? t("score", { score: cert.score }) : null,
    t("version", { version: cert.courseVersion }),
  ].filter(Boolean) as string[];
  const detailY = height - 310 - titleLines.length * 26;
  centre(line(details.join("   ·   "), "regular"), detailY, 12, muted);
  centre(line(cert.expiresAt ? t("validUntil", { date: date(cert.expiresAt) }) : t("noExpiry"), "regular"), detailY - 20, 12, muted);

  const qr = await pdf.embedPng(await qrPng(verifyUrl));
  const qrSize = 110;
  page.drawImage(qr, { x: dir === "rtl" ? 70 : width - 70 - qrSize, y: 60, width: qrSize, height: qrSize });
  fromStart(line(t("code"), "regular"), 70, 120, 11, muted);
  fromStart(line(cert.code, "bold", true), 70, 100, 16, ink);
  fromStart(line(t("checkAt"), "regular"), 70, 78, 10, muted);
  fromStart(line(verifyUrl, "regular", true), 70, 64, 10, brand);

  pdf.setTitle(`${t("title")}: ${courseTitle}`);
  pdf.setAuthor("Safeguard Academy");
  pdf.setSubject(`${cert.learnerName}, ${courseTitle}, ${cert.code}`);
  pdf.setKeywords([cert.code, verifyUrl]);
  pdf.setLanguage(locale);
  pdf.setCreationDate(cert.issuedAt);
  return pdf.save();
}

/** The QR code image alone (for tests and the certificates page). */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: "png", margin: 1, width: 360, errorCorrectionLevel: "M" });
}

/** The public address of a certificate's verification page (what the QR code and share links use). */
export function verificationUrl(code: string, baseUrl = process.env.PUBLIC_URL ?? "http://localhost:3000"): string {
  return `${baseUrl.replace(/\/$/, "")}/verify/${code}`;
}
