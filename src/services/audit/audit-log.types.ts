// Reading the audit trail back: filters and pages for the admins' audit view.
import type { AuditEvent } from './audit.types.ts';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  /** An account's login or id, or a system operator's label. */
  actor?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
}

export interface AuditPage {
  events: (AuditEvent & { actorLogin: string | null })[];
  total: number;
}

export interface AuditLogRepository {
  /** Newest first. */
  find(filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditPage>;
}
