// Answers travel compressed when the browser accepts it: JSON and text of 1 KiB or more go as
// Brotli (quality 4: about as fast as gzip and about half its size) or else gzip. An office's
// matrix of 220 tasks is about 300 KB of JSON and about 10 KB on the wire, which is what a county
// office's line or a phone notices. Shared answers are compressed once (written-answer.ts); the
// built web's files are compressed when they are built (web/build/precompress.ts).
// Left as they are: answers that set a cookie (they carry the session's tokens, and compressing a
// secret beside text a caller chose is what BREACH-style attacks measure), streams (downloads and
// the web's files), 204 and 304.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type Encoding = 'br' | 'gzip';

/** Below this an answer fits in a packet or two and compressing it saves nothing worth the time. */
export const COMPRESS_FROM_BYTES = 1024;

/** Text types only: Word, Excel and zip files are compressed already. */
const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml)\b|application\/[\w.-]+\+(json|xml)\b|image\/svg\+xml)/i;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The encoding to answer in, from the request's Accept-Encoding (q=0 refuses one). */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of String(header).toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  if (weightOf('br') > 0 && weightOf('br') >= weightOf('gzip')) return 'br';
  return weightOf('gzip') > 0 ? 'gzip' : null;
}

export function compress(body: string | Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(body, { level: 6 });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
    },
  });
}

/** Whether an answer of this type and size is sent compressed to a browser that accepts it. */
export function worthCompressing(reply: FastifyReply, size: number): boolean {
  if (reply.statusCode === 204 || reply.statusCode === 304) return false;
  if (reply.hasHeader('content-encoding') || reply.hasHeader('set-cookie')) return false;
  return size >= COMPRESS_FROM_BYTES && COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''));
}

/** Marks the answer as depending on Accept-Encoding, keeping any Vary already set. */
export function varyOnEncoding(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  const names =
    vary === undefined
      ? []
      : String(vary)
          .split(',')
          .map((name) => name.trim());
  if (!names.some((name) => name.toLowerCase() === 'accept-encoding' || name === '*')) {
    reply.header('vary', [...names.filter(Boolean), 'Accept-Encoding'].join(', '));
  }
}

/** Sets the headers of a compressed answer; the caller sends the compressed bytes. */
export function markCompressed(reply: FastifyReply, encoding: Encoding): void {
  reply.header('content-encoding', encoding);
  reply.removeHeader('content-length');
}

export function registerCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (!worthCompressing(reply, Buffer.byteLength(payload))) return payload;
    varyOnEncoding(reply);
    const encoding = acceptedEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    markCompressed(reply, encoding);
    return compress(payload, encoding);
  });
}
