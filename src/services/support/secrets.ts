// Random tokens and initial passwords, behind an interface so tests can make them deterministic.
import { createHash, randomBytes, randomInt } from 'node:crypto';

export interface Secrets {
  /** An unguessable token for a session or a CSRF check (URL-safe). */
  token(): string;
  /** An initial password a person can type from a printed sheet. */
  initialPassword(): string;
}

/** No 0/O, 1/l/I: initial passwords are read off paper. */
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const INITIAL_PASSWORD_LENGTH = 14;

export const cryptoSecrets: Secrets = {
  token: () => randomBytes(32).toString('base64url'),
  initialPassword: () =>
    Array.from(
      { length: INITIAL_PASSWORD_LENGTH },
      () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)],
    ).join(''),
};

/** Session tokens are stored only as this digest, so a leaked table cannot sign anyone in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
