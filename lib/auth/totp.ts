/**
 * The TOTP second factor (RFC 6238 over RFC 4226: HMAC-SHA1, 30-second steps, 6 digits — what
 * every authenticator app speaks), with node:crypto only. Secrets are stored encrypted with
 * AES-256-GCM under a key from TOTP_ENCRYPTION_KEY, or derived (HKDF) from NEXTAUTH_SECRET when
 * that is not set (docs/decisions/0017). Recovery codes are stored as SHA-256 hashes: they are
 * random and long, so a fast hash is enough.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync } from "node:crypto";
import { randomBytes, timingSafeEqual } from "node:crypto";

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes of the step before and after are accepted too (clocks drift, people type slowly). */
const WINDOW = 1;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error("not base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret: 160 bits, as the RFC recommends for HMAC-SHA1; base32 for the apps. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** RFC 4226 HOTP value for one counter. */
export function hotp(secret: string, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac("sha1", base32Decode(secret)).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** TOTP_DIGITS).padStart(TOTP_DIGITS, "0");
}

export function totpStep(at: number = Date.now()): number {
  return Math.floor(at / 1000 / TOTP_STEP_SECONDS);
}

export function totpCode(secret: string, at: number = Date.now()): string {
  return hotp(secret, totpStep(at));
}

/**
 * The time step a code belongs to, or null. A step at or before `lastStep` is refused: a code
 * that has been used once cannot be used again (someone who saw it typed).
 */
export function verifyTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  at: number = Date.now(),
): number | null {
  const clean = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(clean)) return null;
  const now = totpStep(at);
  for (let step = now - WINDOW; step <= now + WINDOW; step++) {
    if (lastStep !== null && step <= lastStep) continue;
    if (timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(clean))) return step;
  }
  return null;
}

/** The otpauth:// URI the apps read from the QR code. */
export function otpauthUri(secret: string, account: string, issuer = "Trivsel"): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({
    secret,
    issuer,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}

// ─── Encryption at rest ──────────────────────────────────────────────────────────────────────

function encryptionKey(): Buffer {
  const dedicated = process.env.TOTP_ENCRYPTION_KEY?.trim();
  if (dedicated) {
    const key = Buffer.from(dedicated, "base64");
    if (key.length !== 32) throw new Error("TOTP_ENCRYPTION_KEY must be 32 bytes in base64");
    return key;
  }
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "trivsel", "totp-secret-encryption-v1", 32));
}

export function encryptSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `v1:${iv.toString("base64url")}:${body.toString("base64url")}`;
}

export function decryptSecret(stored: string): string {
  const [version, iv, body] = stored.split(":");
  if (version !== "v1" || !iv || !body) throw new Error("unknown TOTP secret format");
  const data = Buffer.from(body, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([
    decipher.update(data.subarray(0, data.length - 16)),
    decipher.final(),
  ]).toString("utf8");
}

// ─── Recovery codes ──────────────────────────────────────────────────────────────────────────

export const RECOVERY_CODE_COUNT = 10;

/** Ten one-time codes like "K7QX2-M4RTA" (50 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const text = base32Encode(randomBytes(7)).slice(0, 10);
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  const clean = code.toUpperCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(`trivsel-recovery:${clean}`).digest("base64url");
}

/** Looks like a recovery code rather than a six-digit TOTP code. */
export function isRecoveryCodeShape(code: string): boolean {
  return /^[A-Za-z2-7]{5}-?[A-Za-z2-7]{5}$/.test(code.trim());
}
