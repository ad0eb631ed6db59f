// The server's backups (admin): the last one, the schedule, every file, a download and one taken now.
import type { BackupEntry, BackupOverview, BackupTaken } from '../../../src/contracts/backup.schema.ts';
import { api } from './client.ts';

export type { BackupEntry as BackupView, BackupOverview } from '../../../src/contracts/backup.schema.ts';
export type BackupOrigin = BackupEntry['origin'];

export const ORIGIN_LABELS: Record<BackupOrigin, string> = {
  scheduled: '定时备份',
  manual: '手动备份',
  'before-migration': '升级前自动备份',
  'before-restore': '恢复前自动备份',
};

export const findBackups = (): Promise<BackupOverview> => api<BackupOverview>('GET', '/api/backups');

export const takeBackup = async (): Promise<BackupEntry> =>
  (await api<BackupTaken>('POST', '/api/backups')).backup;

export const backupDownloadUrl = (name: string): string => `/api/backups/${encodeURIComponent(name)}`;
