import { hash, verify } from '@node-rs/argon2';

// Argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes).

/** Hashes a password for storage. */
export const hashPassword = (password: string): Promise<string> => hash(password.normalize('NFC'));

/** Whether a password matches a stored hash; a malformed hash is a mismatch, never an exception. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFC'));
  } catch {
    return false;
  }
}
