// Serves the built web app (web/dist) and answers every other page path with its index.html,
// so that the browser's router handles deep links. Unknown API paths still get the JSON 404.
// Files go compressed where the build left a .br or .gz copy beside them (web/build/precompress.ts)
// and the browser accepts it; the build's hashed files under assets/ never change under their name,
// so browsers keep them for a year without asking again.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../core/errors.ts';

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>督办</title>
<body><p>网页尚未构建:请先运行 <code>npm run build:web</code>(<code>npm start</code> 会自动构建)。</p></body></html>`;

/** Vite names every built file under assets/ by its content's hash. */
const HASHED_FILE = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+(\.(br|gz))?$/;

export async function registerWebAssets(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (webRoot === null) return;
  const built = existsSync(`${webRoot}/index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders: (reply, path) => {
        if (HASHED_FILE.test(path)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      throw new DomainError('route.not_found', 'not_found', `no route GET ${request.url}`);
    }
    if (!built) return reply.type('text/html').send(NOT_BUILT);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
