// Answers a service shares between requests (the same object while nothing it depends on moved)
// are serialised once and tagged. A browser that sends the tag back in If-None-Match gets 304 and
// keeps what it has; everyone else gets the stored body as it was first written, compressed once
// per encoding the first time a browser asks for it (plugins/compression.ts).
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  acceptedEncoding,
  compress,
  markCompressed,
  varyOnEncoding,
  worthCompressing,
  type Encoding,
} from './plugins/compression.ts';

interface WrittenAnswer {
  body: string;
  etag: string;
  size: number;
  compressed: Partial<Record<Encoding, Promise<Buffer>>>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

export function writtenAnswers<T extends object>() {
  const written = new WeakMap<T, WrittenAnswer>();
  return async (request: FastifyRequest, reply: FastifyReply, answer: T, present: (answer: T) => unknown) => {
    let stored = written.get(answer);
    if (!stored) {
      const body = reply.serialize(present(answer));
      if (typeof body !== 'string') throw new Error('a JSON route serialised its answer to bytes');
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      stored = { body, etag, size: Buffer.byteLength(body), compressed: {} };
      written.set(answer, stored);
    }
    reply.header('cache-control', 'private, no-cache').header('etag', stored.etag);
    if (request.headers['if-none-match'] === stored.etag) return reply.code(304).send();
    reply.type(JSON_TYPE);
    if (!worthCompressing(reply, stored.size)) return reply.send(stored.body);
    varyOnEncoding(reply);
    const encoding = acceptedEncoding(request.headers['accept-encoding']);
    if (!encoding) return reply.send(stored.body);
    const bytes = (stored.compressed[encoding] ??= compress(stored.body, encoding));
    markCompressed(reply, encoding);
    return reply.send(await bytes);
  };
}
