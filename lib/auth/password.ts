/**
 * Password hashing with argon2id (OWASP's recommended parameters: 19 MiB, 2 iterations, 1 lane).
 */
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = {
  // Argon2id is the library's default algorithm; the cost parameters are spelt out.
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash, so that signing in as an unknown user takes as long as
 * signing in with a wrong password: the answer's timing does not tell which emails exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("trivsel-timing-equaliser");
  await verifyPassword(await dummyHash, password);
  return false;
}
