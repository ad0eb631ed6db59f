// GET /api/health: the server answers and says whether its database does (503 when it does not).
// GET /api/health/ready: whether it can serve now (the database answers and can take writes), for
// a load balancer or systemd's watchdog. Neither ever answers 500 nor waits on a hung database.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DB_RETRY_AFTER_SECONDS } from '../database-errors.ts';
import type { RouteDeps } from '../deps.ts';

/** A ping that has not answered by then counts as a database out of reach. */
export const HEALTH_PING_TIMEOUT_MS = 2000;

const Database = z.enum(['pglite', 'postgres']);
const HealthSchema = z.strictObject({ status: z.literal('ok'), database: Database });
const HealthDownSchema = z.strictObject({ status: z.literal('database_unavailable'), database: Database });
const ReadySchema = z.strictObject({
  ready: z.boolean(),
  database: Database,
  /** Why not: 'db.unavailable' (no answer) or 'db.disk_full' (writes refused). */
  reason: z.enum(['db.unavailable', 'db.disk_full']).nullable(),
});

export const healthRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  const { store, database } = deps;
  const config = { beforePasswordChange: true };
  app.get(
    '/api/health',
    {
      config,
      schema: {
        tags: ['system'],
        summary: 'Liveness and database mode; 503 while the database cannot be reached',
        response: { 200: HealthSchema, 503: HealthDownSchema },
      },
    },
    async (_request, reply) => {
      if (await databaseAnswers(deps)) return { status: 'ok' as const, database };
      unavailable(reply);
      return { status: 'database_unavailable' as const, database };
    },
  );
  app.get(
    '/api/health/ready',
    {
      config,
      schema: {
        tags: ['system'],
        summary: 'Readiness: 200 when the server can serve reads and writes, else 503 with the reason',
        response: { 200: ReadySchema, 503: ReadySchema },
      },
    },
    async (_request, reply) => {
      const reason = !(await databaseAnswers(deps))
        ? ('db.unavailable' as const)
        : store.storage() === 'full'
          ? ('db.disk_full' as const)
          : null;
      if (reason) unavailable(reply);
      return { ready: reason === null, database, reason };
    },
  );
  done();
};

function unavailable(reply: FastifyReply): void {
  void reply.code(503).header('retry-after', String(DB_RETRY_AFTER_SECONDS));
}

async function databaseAnswers({ store }: RouteDeps): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([store.ping().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
