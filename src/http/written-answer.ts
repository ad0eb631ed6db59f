// Answers a service shares between requests (the same object while nothing it depends on moved)
// are serialised once and tagged. A browser that sends the tag back in If-None-Match gets 304 and
// keeps what it has; everyone else gets the stored body as it was first written.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface WrittenAnswer {
  body: string;
  etag: string;
}

export function writtenAnswers<T extends object>() {
  const written = new WeakMap<T, WrittenAnswer>();
  return (request: FastifyRequest, reply: FastifyReply, answer: T, present: (answer: T) => unknown) => {
    let stored = written.get(answer);
    if (!stored) {
      const body = reply.serialize(present(answer));
      if (typeof body !== 'string') throw new Error('a JSON route serialised its answer to bytes');
      stored = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      written.set(answer, stored);
    }
    reply.header('cache-control', 'private, no-cache').header('etag', stored.etag);
    if (request.headers['if-none-match'] === stored.etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(stored.body);
  };
}
