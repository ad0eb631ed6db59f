// What buildApp needs from the outside: storage, time, hashing, randomness and settings.
import type { Clock } from '../services/support/clock.ts';
import type { PasswordHasher } from '../services/support/password-hasher.ts';
import type { Secrets } from '../services/support/secrets.ts';
import type { Store } from '../services/store.ts';
import type { NoticeReader } from '../services/plans/plans.types.ts';
import type { DocumentWriters, FeedbackTemplateParser } from '../services/documents/documents.types.ts';
import type { Metrics } from '../services/support/metrics.ts';
import type { BackupCatalog } from '../services/backups/backups.types.ts';
import type { HttpConfig } from './config.ts';
import type { ProcessCaches } from '../services/process-caches.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface AppDeps {
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  secrets: Secrets;
  /** Which database serves the store, reported by /api/health. */
  database: DatabaseKind;
  /** Reads uploaded notices for plan import (the importer); without it, import previews are refused. */
  readNotice?: NoticeReader;
  /** Reads uploaded feedback templates (the importer); without it, template uploads are refused. */
  parseFeedbackTemplate?: FeedbackTemplateParser;
  /** The document builders; the exporter's own set when left out. */
  documentWriters?: DocumentWriters;
  /** Counters for /metrics; the server makes its own when left out. */
  metrics?: Metrics;
  /** The server's backup folder (duban serve); without it the admin page says none is configured. */
  backups?: BackupCatalog | null;
  config?: Partial<HttpConfig>;
  /**
   * What the app keeps between requests; its own when left out. The API benchmark hands in caches
   * whose shared answers keep nothing, to measure every read as the first after a save.
   */
  caches?: ProcessCaches;
}

/** The dependencies after defaults are applied, as the routes receive them. */
export interface RouteDeps extends Omit<AppDeps, 'config'> {
  config: HttpConfig;
  /** What this app keeps between requests, made by buildApp: another app keeps its own. */
  caches: ProcessCaches;
}
