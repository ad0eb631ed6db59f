// Fixed time, predictable secrets and a fast argon2id for tests.
import { fixedClock } from '../../../src/services/support/clock.ts';
import { argon2Hasher } from '../../../src/services/support/password-hasher.ts';
import type { Secrets } from '../../../src/services/support/secrets.ts';

export const T0 = new Date('2024-04-10T01:00:00.000Z');

export function testClock() {
  return fixedClock(T0);
}

/** Tokens token-0001, token-0002…; initial passwords Initial-0001-pass… */
export function sequenceSecrets(): Secrets & { lastPassword(): string } {
  let tokens = 0;
  let passwords = 0;
  let last = '';
  return {
    token: () => `token-${String(++tokens).padStart(4, '0')}`,
    initialPassword: () => {
      last = `Initial-${String(++passwords).padStart(4, '0')}-pass`;
      return last;
    },
    lastPassword: () => last,
  };
}

/** Real argon2id with small costs so suites stay fast; production costs are tested separately. */
export const testHasher = argon2Hasher({ memoryCost: 1024, timeCost: 1 });
