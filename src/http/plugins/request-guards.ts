// Checks every request once, at the edge, before any route sees it. A NUL character has no place in
// any text we keep (PostgreSQL's text refuses it, which used to answer 500), so a body, query string
// or path holding one answers 400. Multipart uploads need a session: without one the request is
// refused before its body is read, whatever it holds.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, invalid } from '../../core/errors.ts';

export function registerRequestGuards(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.auth === null && isMultipart(request)) {
      done(new DomainError('auth.required', 'unauthenticated', 'sign in before uploading a file'));
      return;
    }
    done();
  });
  app.addHook('preValidation', (request, _reply, done) => {
    const where = nulIn({ body: request.body, query: request.query, params: request.params });
    done(where === null ? undefined : nulCharacter(where));
  });
}

export function nulCharacter(where: string): DomainError {
  return invalid(
    'request.nul_character',
    `${where} contains a NUL character (\\u0000), which no text may hold`,
    {
      path: where,
    },
  );
}

/** The path of the first string holding U+0000, or null. */
export function nulIn(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (key.includes('\u0000')) return path ? `${path}.${key}` : key;
    const found = nulIn(inner, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

function isMultipart(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/');
}
