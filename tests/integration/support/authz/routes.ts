// The app's registered /api routes, read from Fastify's route tree, so a route added without a
// matrix row is noticed.
import type { FastifyInstance } from 'fastify';
import { DOCS_PREFIX } from '../../../../src/http/plugins/openapi.ts';

/** Routes outside the matrix: liveness and the API documentation. */
const OUTSIDE = [DOCS_PREFIX, '/api/openapi.json', '/api/health'];

/** 'METHOD /path' for every route under /api (HEAD, which Fastify adds to GET, left out). */
export function registeredApiRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + (match[2] ?? '');
    stack[depth] = path;
    for (const method of (match[3] ?? '').split(', ')) {
      if (method !== '' && method !== 'HEAD') routes.push(`${method} ${path}`);
    }
  }
  return routes.filter((route) => {
    const path = route.slice(route.indexOf(' ') + 1);
    return path.startsWith('/api/') && !OUTSIDE.some((prefix) => path.startsWith(prefix));
  });
}
