// The Store the use cases receive, built over a Drizzle handle; transactions get the same repositories.
import { sql } from 'drizzle-orm';
import type { Repositories, Store } from '../services/store.ts';
import { attachmentFiles, type AttachmentFiles } from './attachment-files.ts';
import type { Db } from './client.ts';
import { accountsRepository } from './repositories/accounts.repository.ts';
import { auditRepository } from './repositories/audit.repository.ts';
import { directoryRepository } from './repositories/directory.repository.ts';
import { reportsRepository } from './repositories/reports.repository.ts';
import { plansRepository } from './repositories/plans.repository.ts';
import { tasksRepository } from './repositories/plans-tasks.repository.ts';
import { unitsRepository } from './repositories/units.repository.ts';
import { auditLogRepository } from './repositories/audit-log.repository.ts';
import { loginAttemptsRepository } from './repositories/login-attempts.repository.ts';
import { sessionsRepository } from './repositories/sessions.repository.ts';
import { cardsRepository } from './repositories/cards.repository.ts';
import { completionsRepository } from './repositories/completions.repository.ts';
import { extensionsRepository } from './repositories/extensions.repository.ts';
import { hotlineRepository } from './repositories/hotline.repository.ts';
import { notificationsRepository } from './repositories/notifications.repository.ts';
import { planRulesRepository } from './repositories/plan-rules.repository.ts';
import { snapshotsRepository } from './repositories/snapshots.repository.ts';
import { supervisionFactsRepository } from './repositories/supervision-facts.repository.ts';
import { documentsRepository } from './repositories/documents.repository.ts';
import { referenceRepository } from './repositories/reference.repository.ts';
import { qualityRepository } from './repositories/quality.repository.ts';

export interface StoreOptions {
  /** Whether the database's disk can take writes (the PGlite guard's view); 'ok' when left out. */
  storage?(): 'ok' | 'full';
  /** PGlite's data folder: evidence files are kept there (attachment-files.ts); null keeps bytea. */
  filesRoot?: string | null;
}

export function repositories(
  db: Db,
  inTransaction = false,
  files: AttachmentFiles | null = null,
): Repositories {
  return {
    accounts: accountsRepository(db),
    sessions: sessionsRepository(db),
    loginAttempts: loginAttemptsRepository(db),
    audit: auditRepository(db),
    directory: directoryRepository(db),
    reports: reportsRepository(db, files),
    plans: plansRepository(db),
    tasks: tasksRepository(db),
    units: unitsRepository(db),
    auditLog: auditLogRepository(db),
    planRules: planRulesRepository(db),
    cards: cardsRepository(db),
    extensions: extensionsRepository(db),
    completions: completionsRepository(db),
    hotline: hotlineRepository(db),
    snapshots: snapshotsRepository(db),
    supervisionFacts: supervisionFactsRepository(db),
    notifications: notificationsRepository(db),
    documents: documentsRepository(db),
    reference: referenceRepository(db, inTransaction),
    quality: qualityRepository(db),
  };
}

/** createStore(database.db, database) in a server: the Database carries both options. */
export function createStore(db: Db, options: StoreOptions = {}): Store {
  const storage = () => options.storage?.() ?? 'ok';
  const files = options.filesRoot ? attachmentFiles(options.filesRoot, storage) : null;
  return {
    storage,
    repos: repositories(db, false, files),
    transaction: (work) => db.transaction((tx) => work(repositories(tx, true, files))),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
  };
}
