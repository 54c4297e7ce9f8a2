import { createHmac } from "node:crypto";

/**
 * Opaque ids for options, pairs and items. Authors' ids (a, b, c…) often follow the answer key (the
 * correct option first, ordering items in order), so the browser only ever sees tokens derived
 * from a server-side seed. Without the seed a token says nothing about correctness.
 */
export function token(seed: string, questionId: string, realId: string): string {
  return createHmac("sha256", seed).update(`${questionId}\u0000${realId}`).digest("base64url").slice(0, 12);
}

/** Maps tokens back to the author's ids for one question. */
export function untokenize(seed: string, questionId: string, realIds: string[]): Map<string, string> {
  return new Map(realIds.map((id) => [token(seed, questionId, id), id]));
}

/** A deterministic shuffle for one seed and purpose, never returning the original order when n ≥ 2. */
export function seededShuffle<T>(seed: string, purpose: string, items: readonly T[]): T[] {
  const out = [...items];
  if (out.length < 2) return out;
  for (let round = 0; round < 8; round++) {
    let counter = 0;
    const random = () => {
      const digest = createHmac("sha256", seed).update(`${purpose}\u0000${round}\u0000${counter++}`).digest();
      return digest.readUInt32BE(0) / 2 ** 32;
    };
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    if (out.some((item, i) => item !== items[i])) return out;
  }
  // Extremely unlikely: rotate by one so the original order is never shown.
  return [...items.slice(1), items[0]];
}
