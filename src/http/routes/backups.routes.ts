// The admin's backups: GET /api/backups (the last one, the schedule, every file), a download, and
// POST /api/backups to take one now. Admin only; downloads and backups taken are audited.
import { z } from 'zod';
import { findBackups, openBackup, takeBackup } from '../../services/backups/backups.usecases.ts';
import type { BackupEntry } from '../../services/backups/backups.types.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { BackupNameSchema, BackupOverviewSchema, BackupTakenSchema } from '../../contracts/backup.schema.ts';
import { FileResponseSchema } from '../../contracts/documents.schema.ts';

function presentBackup(entry: BackupEntry) {
  const rows = Object.values(entry.tables).reduce((sum, n) => sum + n, 0);
  return { ...entry, takenAt: entry.takenAt.toISOString(), rows };
}

export const backupRoutes = routePlugin(['backups'], (route, { backups, store, clock }) => {
  const catalog = backups ?? null;
  route.get(
    '/api/backups',
    { summary: 'The server backups (admin)', response: { 200: BackupOverviewSchema } },
    async (request) => {
      const overview = await findBackups({ actor: actorOf(request), catalog });
      return {
        ...overview,
        latest: overview.latest && presentBackup(overview.latest),
        backups: overview.backups.map(presentBackup),
      };
    },
  );
  route.post(
    '/api/backups',
    { summary: 'Take a backup now (admin)', response: { 201: BackupTakenSchema } },
    async (request, reply) => {
      const entry = await takeBackup({ actor: actorOf(request), catalog, store, clock });
      return reply.code(201).send({ backup: presentBackup(entry) });
    },
  );
  route.get(
    '/api/backups/:name',
    {
      summary: 'Download one backup file (admin)',
      params: z.strictObject({ name: BackupNameSchema }),
      response: { 200: FileResponseSchema },
    },
    async (request, reply) => {
      const file = await openBackup({
        actor: actorOf(request),
        catalog,
        name: request.params.name,
        store,
        clock,
      });
      return reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="${file.entry.name}"`)
        .header('content-length', String(file.entry.sizeBytes))
        .header('cache-control', 'no-store')
        .send(file.stream);
    },
  );
});
