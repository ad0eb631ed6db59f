// The admin's backups: GET /api/backups (the last one, the schedule, every file), a download, and
// POST /api/backups to take one now. Admin only; downloads and backups taken are audited.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findBackups, openBackup, takeBackup } from '../../services/backups/backups.usecases.ts';
import type { BackupEntry } from '../../services/backups/backups.types.ts';
import type { RouteDeps } from '../deps.ts';
import { actorOf } from '../request-context.ts';
import { BackupNameSchema, BackupOverviewSchema, BackupTakenSchema } from '../../contracts/backup.schema.ts';
import { errorResponses } from '../../contracts/common.schema.ts';
import { FileResponseSchema } from '../../contracts/documents.schema.ts';

function presentBackup(entry: BackupEntry) {
  const rows = Object.values(entry.tables).reduce((sum, n) => sum + n, 0);
  return { ...entry, takenAt: entry.takenAt.toISOString(), rows };
}

export const backupRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  const catalog = deps.backups ?? null;
  app.get(
    '/api/backups',
    {
      schema: {
        tags: ['backups'],
        summary: 'The server backups (admin)',
        response: { 200: BackupOverviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const overview = await findBackups({ actor: actorOf(request), catalog });
      return {
        ...overview,
        latest: overview.latest && presentBackup(overview.latest),
        backups: overview.backups.map(presentBackup),
      };
    },
  );
  app.post(
    '/api/backups',
    {
      schema: {
        tags: ['backups'],
        summary: 'Take a backup now (admin)',
        response: { 201: BackupTakenSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const entry = await takeBackup({
        actor: actorOf(request),
        catalog,
        store: deps.store,
        clock: deps.clock,
      });
      return reply.code(201).send({ backup: presentBackup(entry) });
    },
  );
  app.get(
    '/api/backups/:name',
    {
      schema: {
        tags: ['backups'],
        summary: 'Download one backup file (admin)',
        params: z.strictObject({ name: BackupNameSchema }),
        response: { 200: FileResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await openBackup({
        actor: actorOf(request),
        catalog,
        name: request.params.name,
        store: deps.store,
        clock: deps.clock,
      });
      return reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="${file.entry.name}"`)
        .header('content-length', String(file.entry.sizeBytes))
        .header('cache-control', 'no-store')
        .send(file.stream);
    },
  );
  done();
};
