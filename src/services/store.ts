// The storage the use cases see: repositories, and a transaction that hands out the same set.
// The db layer implements these types; services never import it.
import type {
  AccountsRepository,
  LoginAttemptsRepository,
  SessionsRepository,
} from './accounts/accounts.types.ts';
import type { AuditRepository } from './audit/audit.types.ts';
import type { DirectoryRepository } from './directory/directory.types.ts';
import type { ReportsRepository } from './reports/reports.types.ts';
import type { PlansRepository, TasksRepository } from './plans/plans.types.ts';
import type { UnitsRepository } from './units/units.types.ts';
import type { AuditLogRepository } from './audit/audit-log.types.ts';
import type {
  CardsRepository,
  CompletionsRepository,
  ExtensionsRepository,
  HotlineRepository,
  PlanRulesRepository,
  SnapshotsRepository,
  SupervisionFactsRepository,
} from './supervision/supervision.types.ts';
import type { NotificationsRepository } from './notifications/notifications.types.ts';
import type { DocumentsRepository } from './documents/documents.types.ts';
import type { ReferenceRepository } from './reference/reference.types.ts';
import type { QualityRepository } from './quality/quality.types.ts';

export interface Repositories {
  accounts: AccountsRepository;
  sessions: SessionsRepository;
  loginAttempts: LoginAttemptsRepository;
  audit: AuditRepository;
  directory: DirectoryRepository;
  reports: ReportsRepository;
  plans: PlansRepository;
  tasks: TasksRepository;
  units: UnitsRepository;
  auditLog: AuditLogRepository;
  planRules: PlanRulesRepository;
  cards: CardsRepository;
  extensions: ExtensionsRepository;
  completions: CompletionsRepository;
  hotline: HotlineRepository;
  snapshots: SnapshotsRepository;
  supervisionFacts: SupervisionFactsRepository;
  notifications: NotificationsRepository;
  documents: DocumentsRepository;
  reference: ReferenceRepository;
  quality: QualityRepository;
}

export interface Store {
  /** Repositories outside any transaction, for reads. */
  repos: Repositories;
  /** Runs `work` in one transaction: everything it writes commits together or not at all. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /** Checks the database answers (for /api/health). */
  ping(): Promise<void>;
  /** 'full' while the database's disk is too full to take writes (they are refused, not attempted). */
  storage(): 'ok' | 'full';
}
