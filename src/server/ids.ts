/**
 * Unguessable ids and tokens (crypto.randomBytes, base64url), their SHA-256 digests (the
 * database keeps digests of tokens, never the tokens), a constant-time comparison, and short
 * join codes a person can type (8 letters and digits without look-alikes).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random identifier or secret of `bytes` random bytes, base64url (128 bits by default). */
export function newToken(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/** The SHA-256 of a token, hex: what the database stores. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether `token` has the stored `digest`, compared in constant time. */
export function tokenMatches(token: string, digest: string): boolean {
  const a = Buffer.from(tokenDigest(token), 'hex');
  const b = Buffer.from(digest, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A join code: 8 characters of {@link CODE_LETTERS} (about 40 bits), uniform by rejection. */
export function newJoinCode(): string {
  let out = '';
  while (out.length < 8) {
    for (const b of randomBytes(16)) {
      if (b < 248 && out.length < 8) out += CODE_LETTERS[b % CODE_LETTERS.length];
    }
  }
  return out;
}
