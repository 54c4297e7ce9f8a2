/**
 * Just enough of the Unicode bidirectional algorithm for one line of a certificate: a name or title
 * in any of the six UN languages, possibly mixing scripts ("Fatima الزهراء", "王小明 (Wang)").
 *
 * The line is cut into runs of one direction and one font. Right-to-left runs (Arabic, Hebrew) are
 * shaped and reversed by fontkit when drawn; here we only decide the order in which runs stand on the
 * line: in a right-to-left line the runs are placed from right to left. Digits always read left to
 * right. Neutral characters (spaces, punctuation) take the direction of the text around them.
 */
export type Direction = "ltr" | "rtl";
export type FontKind = "main" | "cjk";
export type TextRun = { text: string; direction: Direction; font: FontKind };

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR = /[\p{L}\p{N}]/u; // any other letter or digit (digits read left to right everywhere)
/** Han, kana, Hangul, CJK punctuation and full-width forms: drawn with the CJK font. */
const CJK = /[\u2E80-\u2FFF\u3000-\u30FF\u3100-\u31FF\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3FFFF}]/u;

type Strong = Direction | null;
const strongOf = (ch: string): Strong => (RTL.test(ch) ? "rtl" : /\p{N}/u.test(ch) ? "ltr" : LTR.test(ch) || CJK.test(ch) ? "ltr" : null);

/** The direction of the first strong character ("ltr" when there is none). */
export function baseDirection(text: string): Direction {
  for (const ch of text) {
    const s = strongOf(ch);
    if (s) return s;
  }
  return "ltr";
}

/** Runs in visual order (left to right on the page), for a line whose paragraph direction is `base`. */
export function visualRuns(text: string, base: Direction = baseDirection(text)): TextRun[] {
  const chars = [...text];
  const strong = chars.map(strongOf);
  // Number terminators (%, currency, degree…) next to digits read with the number (bidi rule W5):
  // "85%" stays "85%" in an Arabic line instead of becoming "%85".
  const digit = (i: number) => i >= 0 && i < chars.length && /\p{N}/u.test(chars[i]);
  chars.forEach((ch, i) => {
    if (!strong[i] && /[%‰‱#$€£¥°+]/u.test(ch) && (digit(i - 1) || digit(i + 1))) strong[i] = "ltr";
  });
  // Resolve neutrals: between two runs of the same direction they join it; otherwise the base direction.
  const resolved: Direction[] = chars.map((_, i) => {
    if (strong[i]) return strong[i]!;
    let before: Strong = null;
    for (let j = i - 1; j >= 0 && !before; j--) before = strong[j];
    let after: Strong = null;
    for (let j = i + 1; j < chars.length && !after; j++) after = strong[j];
    return before && before === after ? before : base;
  });
  const logical: TextRun[] = [];
  chars.forEach((ch, i) => {
    const font: FontKind = CJK.test(ch) ? "cjk" : "main";
    const last = logical[logical.length - 1];
    if (last && last.direction === resolved[i] && last.font === font) last.text += ch;
    else logical.push({ text: ch, direction: resolved[i], font });
  });
  if (base === "ltr") return logical;
  // In a right-to-left line the first run stands at the right; consecutive left-to-right runs keep
  // their own order among themselves (e.g. a Latin name with a space inside).
  const out: TextRun[] = [];
  let i = logical.length - 1;
  while (i >= 0) {
    if (logical[i].direction === "rtl") {
      out.push(logical[i--]);
      continue;
    }
    let start = i;
    while (start > 0 && logical[start - 1].direction === "ltr") start--;
    out.push(...logical.slice(start, i + 1));
    i = start - 1;
  }
  return out;
}
