import { randomBytes } from "node:crypto";

// Crockford base32: no I, L, O or U, so a code can be read aloud and typed without confusion.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 26; // 26 × 5 = 130 bits, all random (16 bytes + 2 more bits)

/** A new certificate code: 130 random bits as 26 base32 characters in groups, e.g. 7K3QM-0XW2P-… */
export function newCertificateCode(): string {
  const bytes = randomBytes(17);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = "";
  for (let i = 0; i < LENGTH; i++) {
    out += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return formatCode(out);
}

export function formatCode(raw: string): string {
  return raw.match(/.{1,5}/g)!.join("-");
}

/**
 * Reads a code as a person typed it: any case, with or without hyphens or spaces, with O for 0 and
 * I or L for 1. Returns the canonical form, or null if it cannot be a code.
 */
export function normaliseCertificateCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (cleaned.length !== LENGTH || [...cleaned].some((c) => !ALPHABET.includes(c))) return null;
  return formatCode(cleaned);
}
