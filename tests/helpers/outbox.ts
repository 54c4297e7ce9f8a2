import fs from "node:fs";
import path from "node:path";

export type OutboxMail = { file: string; to: string; subject: string; text: string };

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/**
 * RFC 2047 header words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=). Adjacent words join without the space
 * between them, and their bytes are decoded together (a character may be split across two words).
 */
function decodeEncodedWords(value: string): string {
  return value.replace(/(=\?utf-8\?[BQ]\?[^?]*\?=)(\s+=\?utf-8\?[BQ]\?[^?]*\?=)*/gi, (run) => {
    const bytes = [...run.matchAll(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi)].map(([, kind, data]) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64")
        : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))), "latin1"),
    );
    return Buffer.concat(bytes).toString("utf8");
  });
}

/** Reads the .eml files the outbox transport wrote, oldest first, with a decoded plain-text body. */
export function readOutbox(dir: string): OutboxMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const raw = fs.readFileSync(file, "utf8");
      const [head, ...rest] = raw.split(/\r?\n\r?\n/);
      const headers = head.replace(/\r?\n[ \t]+/g, " ");
      const header = (name: string) => headers.match(new RegExp(`^${name}: (.*)$`, "mi"))?.[1]?.trim() ?? "";
      let text = rest.join("\n\n");
      const encoding = header("Content-Transfer-Encoding").toLowerCase();
      if (encoding === "quoted-printable") text = decodeQuotedPrintable(text);
      else if (encoding === "base64") text = Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8");
      const subject = decodeEncodedWords(header("Subject"));
      return { file, to: header("To").replace(/^.*<(.*)>$/, "$1"), subject, text };
    });
}
