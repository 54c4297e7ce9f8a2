import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPassword, commonPasswords } from "@/lib/auth/password-rules";

describe("password hashing (scrypt)", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", stored)).toBe(false);
  });

  it("salts every hash, so the same password hashes differently", async () => {
    const [a, b] = await Promise.all([hashPassword("same password here"), hashPassword("same password here")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same password here", b)).toBe(true);
  });

  it("rejects malformed or tampered stored hashes without throwing", async () => {
    const stored = await hashPassword("a long enough password");
    expect(await verifyPassword("a long enough password", "plain-text")).toBe(false);
    expect(await verifyPassword("a long enough password", stored.replace("scrypt$32768", "scrypt$99999999"))).toBe(false);
    expect(await verifyPassword("a long enough password", "scrypt$32768$8$1$c2FsdA==$")).toBe(false);
  });

  it("treats composed and decomposed Unicode forms of a password as the same", async () => {
    const stored = await hashPassword("Ma\u00efa-passphrase-2026");
    expect(await verifyPassword("Mai\u0308a-passphrase-2026", stored)).toBe(true);
  });
});

describe("password rules", () => {
  it("loads exactly 1,000 common passwords from the committed list", () => {
    expect(commonPasswords().size).toBe(1000);
    expect(commonPasswords().has("password")).toBe(true);
  });

  it("requires at least 10 characters, counting characters not bytes", () => {
    expect(checkPassword("short pw")).toContain("tooShort");
    expect(checkPassword("ten chars!")).toEqual([]);
    expect(checkPassword("пароль-рус")).toEqual([]); // 10 Cyrillic-and-ASCII characters
  });

  it("rejects common passwords whatever their case", () => {
    expect(checkPassword("1234567890")).toContain("tooCommon");
    expect(checkPassword("QWERTYUIOP")).toContain("tooCommon");
  });

  it("rejects the email address itself and absurdly long passwords", () => {
    expect(checkPassword("someone@example.org", { email: "Someone@Example.org" })).toContain("sameAsEmail");
    expect(checkPassword("x".repeat(201))).toContain("tooLong");
  });
});
