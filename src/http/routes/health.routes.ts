// GET /api/health: the server answers and names its database.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../deps.ts';

const HealthSchema = z.strictObject({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
});

export const healthRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  app.get(
    '/api/health',
    {
      config: { beforePasswordChange: true },
      schema: { tags: ['system'], summary: 'Liveness and database mode', response: { 200: HealthSchema } },
    },
    async () => {
      await deps.store.ping();
      return { status: 'ok' as const, database: deps.database };
    },
  );
  done();
};
