import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont } from "pdf-lib";
import QRCode from "qrcode";
import type { Certificate } from "@/lib/generated/prisma/client";

const FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

/**
 * Scripts the PDF cannot yet draw correctly: right-to-left scripts and those that need shaping
 * (pdf-lib lays glyphs out one by one, left to right). Checked before drawing, never guessed.
 */
const NEEDS_SHAPING = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u109F]/u;

/** A name or title the certificate font cannot show. The message says which characters. */
export class UnsupportedCharactersError extends Error {
  constructor(readonly characters: string[]) {
    super(`The certificate cannot show these characters yet: ${characters.join(" ")}`);
  }
}

type Fonts = { regular: PDFFont; bold: PDFFont };
type FontKitFont = { hasGlyphForCodePoint(codePoint: number): boolean };

let fontFiles: { regular: Buffer; bold: Buffer; check: FontKitFont } | undefined;
function loadFontFiles() {
  if (!fontFiles) {
    const regular = fs.readFileSync(path.join(FONT_DIR, "DejaVuSans.ttf"));
    const bold = fs.readFileSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"));
    fontFiles = { regular, bold, check: fontkit.create(bold) as unknown as FontKitFont };
  }
  return fontFiles;
}

/** Characters of `text` the certificate cannot draw correctly (empty when it can). */
export function unsupportedCharacters(text: string): string[] {
  const { check } = loadFontFiles();
  const bad = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (NEEDS_SHAPING.test(ch) || (cp > 0x20 && !check.hasGlyphForCodePoint(cp))) bad.add(ch);
  }
  return [...bad];
}

function fitSize(font: PDFFont, text: string, maxWidth: number, size: number, min: number): number {
  while (size > min && font.widthOfTextAtSize(text, size) > maxWidth) size -= 1;
  return size;
}

function wrap(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const formatDate = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(d);

/**
 * The certificate as an A4 landscape PDF: name, course, version, dates, score, code and a QR code
 * linking to the public verification page. Throws UnsupportedCharactersError rather than drawing a
 * name wrongly or leaving it out.
 */
export async function renderCertificatePdf(cert: Certificate, verifyUrl: string): Promise<Uint8Array> {
  const missing = unsupportedCharacters(`${cert.learnerName}${cert.courseTitle}`);
  if (missing.length) throw new UnsupportedCharactersError(missing);

  const files = loadFontFiles();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fonts: Fonts = { regular: await pdf.embedFont(files.regular, { subset: true }), bold: await pdf.embedFont(files.bold, { subset: true }) };
  const page = pdf.addPage([841.89, 595.28]);
  const { width, height } = page.getSize();
  const ink = rgb(0.07, 0.09, 0.15);
  const brand = rgb(0.07, 0.37, 0.35);
  const muted = rgb(0.29, 0.33, 0.39);
  const centre = (text: string, y: number, font: PDFFont, size: number, color = ink) =>
    page.drawText(text, { x: (width - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: brand, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: brand, borderWidth: 0.75 });

  centre("Safeguard Academy", height - 90, fonts.bold, 16, brand);
  centre("Certificate of completion", height - 135, fonts.bold, 30);
  centre("This certifies that", height - 180, fonts.regular, 14, muted);
  const nameSize = fitSize(fonts.bold, cert.learnerName, width - 160, 34, 14);
  centre(cert.learnerName, height - 225, fonts.bold, nameSize);
  centre("has completed the course", height - 262, fonts.regular, 14, muted);
  const titleLines = wrap(fonts.bold, cert.courseTitle, 20, width - 200).slice(0, 3);
  titleLines.forEach((line, i) => centre(line, height - 297 - i * 26, fonts.bold, 20, brand));

  const details = [
    `Completed on ${formatDate(cert.completedAt)}`,
    cert.score !== null ? `Final assessment score ${cert.score}%` : null,
    `Course version ${cert.courseVersion}`,
  ].filter(Boolean) as string[];
  const detailY = height - 310 - titleLines.length * 26;
  centre(details.join("   ·   "), detailY, fonts.regular, 12, muted);
  centre(cert.expiresAt ? `Valid until ${formatDate(cert.expiresAt)}` : "Does not expire", detailY - 20, fonts.regular, 12, muted);

  const qr = await pdf.embedPng(await qrPng(verifyUrl));
  const qrSize = 110;
  page.drawImage(qr, { x: width - 70 - qrSize, y: 60, width: qrSize, height: qrSize });
  page.drawText("Certificate code", { x: 70, y: 120, size: 11, font: fonts.regular, color: muted });
  page.drawText(cert.code, { x: 70, y: 100, size: 16, font: fonts.bold, color: ink });
  page.drawText("Check this certificate at", { x: 70, y: 78, size: 10, font: fonts.regular, color: muted });
  page.drawText(verifyUrl, { x: 70, y: 64, size: 10, font: fonts.regular, color: brand });

  pdf.setTitle(`Certificate of completion: ${cert.courseTitle}`);
  pdf.setAuthor("Safeguard Academy");
  pdf.setSubject(`${cert.learnerName}, ${cert.courseTitle}, ${cert.code}`);
  pdf.setKeywords([cert.code, verifyUrl]);
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
