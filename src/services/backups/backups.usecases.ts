// The admin's view of the server's backups: what was taken and when, a download, one taken now.
// Downloading hands over the whole database, so every download is in the audit trail.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import type { BackupCatalog, BackupEntry, BackupFile, BackupSchedule } from './backups.types.ts';

export interface BackupOverview {
  configured: boolean;
  directory: string | null;
  schedule: BackupSchedule | null;
  latest: BackupEntry | null;
  backups: BackupEntry[];
}

export async function findBackups(input: {
  actor: Actor;
  catalog: BackupCatalog | null;
}): Promise<BackupOverview> {
  assertCan(input.actor, 'backup.manage');
  const { catalog } = input;
  if (!catalog) return { configured: false, directory: null, schedule: null, latest: null, backups: [] };
  const backups = await catalog.list();
  return {
    configured: true,
    directory: catalog.directory,
    schedule: catalog.schedule,
    latest: backups[0] ?? null,
    backups,
  };
}

export async function openBackup(input: {
  actor: Actor;
  catalog: BackupCatalog | null;
  name: string;
  store: Store;
  clock: Clock;
}): Promise<BackupFile> {
  assertCan(input.actor, 'backup.manage');
  const file = input.catalog ? await input.catalog.open(input.name) : null;
  if (!file) throw notFound('backup.not_found', 'no backup of that name');
  await input.store.transaction((repos) =>
    repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: input.clock(),
        action: 'backup.download',
        entityType: 'backup',
        entityId: file.entry.name,
      }),
    ),
  );
  return file;
}

export async function takeBackup(input: {
  actor: Actor;
  catalog: BackupCatalog | null;
  store: Store;
  clock: Clock;
}): Promise<BackupEntry> {
  assertCan(input.actor, 'backup.manage');
  if (!input.catalog)
    throw new DomainError(
      'backup.not_configured',
      'conflict',
      'the server has no backup folder (duban serve --backup-dir)',
    );
  const entry = await input.catalog.takeNow();
  await input.store.transaction((repos) =>
    repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: input.clock(),
        action: 'backup.take',
        entityType: 'backup',
        entityId: entry.name,
        after: { sizeBytes: entry.sizeBytes, tables: entry.tables },
      }),
    ),
  );
  return entry;
}
