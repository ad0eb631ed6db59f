// The server's backups (admin): the last one, the schedule, every file, a download and one taken now.
import { api } from './client.ts';

export type BackupOrigin = 'scheduled' | 'manual' | 'before-migration' | 'before-restore';

export interface BackupView {
  name: string;
  origin: BackupOrigin;
  takenAt: string;
  sizeBytes: number;
  planYears: number[];
  tables: Record<string, number>;
  rows: number;
  files: number;
  schema: string | null;
}

export interface BackupOverview {
  configured: boolean;
  directory: string | null;
  schedule: { everyMs: number; keep: number } | null;
  latest: BackupView | null;
  backups: BackupView[];
}

export const ORIGIN_LABELS: Record<BackupOrigin, string> = {
  scheduled: '定时备份',
  manual: '手动备份',
  'before-migration': '升级前自动备份',
  'before-restore': '恢复前自动备份',
};

export const findBackups = (): Promise<BackupOverview> => api<BackupOverview>('GET', '/api/backups');

export const takeBackup = async (): Promise<BackupView> =>
  (await api<{ backup: BackupView }>('POST', '/api/backups')).backup;

export const backupDownloadUrl = (name: string): string => `/api/backups/${encodeURIComponent(name)}`;
