// The admin page's backup panel: the folder, the schedule and each backup's header.
import { z } from 'zod';
import { IsoDateTimeSchema } from './common.schema.ts';

export const BackupNameSchema = z
  .string()
  .regex(/^[a-z-]+-\d{8}T\d{9}Z\.duban-backup\.jsonl\.gz$/)
  .describe('a backup file name as listed');

export const BackupEntrySchema = z.strictObject({
  name: z.string(),
  origin: z.enum(['scheduled', 'manual', 'before-migration', 'before-restore']),
  takenAt: IsoDateTimeSchema,
  sizeBytes: z.number().int(),
  planYears: z.array(z.number().int()),
  tables: z.record(z.string(), z.number().int()),
  rows: z.number().int(),
  files: z.number().int(),
  schema: z.string().nullable(),
});

export const BackupOverviewSchema = z.strictObject({
  configured: z.boolean(),
  directory: z.string().nullable(),
  schedule: z.strictObject({ everyMs: z.number(), keep: z.number().int() }).nullable(),
  latest: BackupEntrySchema.nullable(),
  backups: z.array(BackupEntrySchema),
});

export const BackupTakenSchema = z.strictObject({ backup: BackupEntrySchema });

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type BackupEntry = z.output<typeof BackupEntrySchema>;
export type BackupOverview = z.output<typeof BackupOverviewSchema>;
export type BackupTaken = z.output<typeof BackupTakenSchema>;
