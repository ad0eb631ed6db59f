// The one list of error codes (src/contracts/error-codes.ts) holds every code the server throws,
// each with a Chinese message, and no code that nobody throws. The codes are read from the source:
// the first argument of `new DomainError`, `notFound`, `invalid` and `conflict`, the code of the
// policy's `deny` and the card's `requireText`, and the HTTP-level answers of error-response.ts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ERROR_MESSAGES, isErrorCode } from '../../src/contracts/error-codes.ts';
import { TOO_LARGE_INFLATED } from '../../src/importer/zip/inflate-limits.ts';

const srcRoot = new URL('../../src/', import.meta.url).pathname;

/** Calls whose first argument is the code. */
const CODE_FIRST = /\b(?:new DomainError|notFound|invalid|conflict)\(\s*([^\s,)]+)/g;
/** Calls whose second argument is the code: deny(kind, code), requireText(act, code), errorResponse(status, code). */
const CODE_SECOND = /\b(?:deny|requireText|errorResponse)\(\s*[^,()]+,\s*([^\s,)]+)/g;
/** Fastify's own errors under our codes (error-response.ts) and the 404 of an unknown route. */
const CODE_FIELD = /\bcode: '([a-z_]+\.[a-z_.]+)'/g;

/**
 * Sites whose code is not written where the error is made: the file, the argument as written, and
 * the codes it stands for. A new site of this kind fails the test until it is listed here.
 */
const INDIRECT: Record<string, Record<string, readonly string[]>> = {
  // The helpers themselves, and the policy's refusal (its codes are read from deny).
  'src/core/errors.ts': { code: [] },
  'src/core/supervision/cards.ts': { code: [] },
  'src/core/policy/policy.ts': { code: [], 'decision.code': [] },
  // A domain error's code, and Fastify's errors (read from their `code:` fields).
  'src/http/error-response.ts': { code: [], 'error.code': [], 'known.code': [] },
  'src/services/accounts/account-support.ts': {
    '`account.${problem}`': ['account.unit_required', 'account.unit_not_allowed'],
  },
  'src/services/plans/plan-import.usecases.ts': { 'bomb.code': [TOO_LARGE_INFLATED] },
  'src/services/documents/template-apply.usecases.ts': { 'bomb.code': [TOO_LARGE_INFLATED] },
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function literal(argument: string): string | null {
  const match = /^(['"])([^'"`$]+)\1$/.exec(argument) ?? /^`([^`$]+)`$/.exec(argument);
  return match ? (match[2] ?? match[1] ?? null) : null;
}

/** Every code the server code throws, and the sites it could not read. */
function thrownCodes(): { codes: Set<string>; unread: string[] } {
  const codes = new Set<string>();
  const unread: string[] = [];
  for (const path of sourceFiles(srcRoot)) {
    const file = relative(join(srcRoot, '..'), path);
    if (file === 'src/contracts/error-codes.ts') continue;
    const text = readFileSync(path, 'utf8');
    const argument = [...text.matchAll(CODE_FIRST), ...text.matchAll(CODE_SECOND)].map((m) => m[1] ?? '');
    for (const written of argument) {
      const code = literal(written);
      if (code !== null) {
        codes.add(code);
        continue;
      }
      const known = INDIRECT[file]?.[written.replace(/[,:]$/, '')];
      if (known) known.forEach((one) => codes.add(one));
      else unread.push(`${file}: ${written}`);
    }
    if (file.startsWith('src/http/'))
      for (const match of text.matchAll(CODE_FIELD)) codes.add(match[1] ?? '');
  }
  return { codes, unread };
}

describe('the error codes of the contract', () => {
  const { codes, unread } = thrownCodes();

  it('reads the code of every error the server makes', () => {
    assert.deepEqual(unread, [], 'list these sites and their codes in INDIRECT');
    assert.ok(codes.size > 150, `found ${codes.size} codes`);
  });

  it('lists every code the server throws', () => {
    const missing = [...codes].filter((code) => !isErrorCode(code)).sort();
    assert.deepEqual(missing, [], 'add these codes to src/contracts/error-codes.ts');
  });

  it('lists no code that nobody throws', () => {
    const unused = Object.keys(ERROR_MESSAGES)
      .filter((code) => !codes.has(code))
      .sort();
    assert.deepEqual(unused, [], 'remove these codes from src/contracts/error-codes.ts');
  });

  it('gives every code a Chinese message', () => {
    for (const [code, message] of Object.entries(ERROR_MESSAGES))
      assert.match(message, /\p{Script=Han}/u, `${code} has a Chinese message`);
  });
});
