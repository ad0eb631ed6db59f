// The audit trail as the use cases write it.

export type AuditActorKind = 'account' | 'system' | 'anonymous';

export interface AuditEventInput {
  at: Date;
  actorKind: AuditActorKind;
  actorAccountId: number | null;
  actorLabel: string | null;
  /** Dotted verb: 'account.create', 'session.login', 'report.return'. */
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditEvent extends AuditEventInput {
  id: number;
}

export interface AuditRepository {
  append(event: AuditEventInput): Promise<AuditEvent>;
  /** Several events in one insert, in the order given. */
  appendMany(events: readonly AuditEventInput[]): Promise<void>;
  findForEntity(entityType: string, entityId: string): Promise<AuditEvent[]>;
}
