// Password hashing with argon2id (PHC string format), behind an interface the use cases receive.
import { hash, verify } from '@node-rs/argon2';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
}

/** Algorithm.Argon2id; the package types it as a const enum, which isolated modules cannot read. */
const ARGON2ID = 2;

export interface Argon2Options {
  /** KiB of memory per hash; OWASP's minimum for argon2id is 19456. */
  memoryCost?: number;
  timeCost?: number;
}

export function argon2Hasher(options: Argon2Options = {}): PasswordHasher {
  const params = {
    algorithm: ARGON2ID,
    memoryCost: options.memoryCost ?? 19_456,
    timeCost: options.timeCost ?? 2,
  };
  return {
    hash: (password) => hash(password, params),
    verify: async (passwordHash, password) => {
      try {
        return await verify(passwordHash, password);
      } catch {
        // A malformed stored hash must never sign anyone in.
        return false;
      }
    },
  };
}
