// The audit view: who changed what, filtered and paged, newest first.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { Store } from '../store.ts';
import type { AuditFilter, AuditPage } from './audit-log.types.ts';

export const MAX_AUDIT_PAGE_SIZE = 200;

export async function findAuditEvents(input: {
  actor: Actor;
  store: Store;
  filter: AuditFilter;
  /** 1-based. */
  page: number;
  pageSize: number;
}): Promise<AuditPage & { page: number; pageSize: number }> {
  assertCan(input.actor, 'audit.read');
  const pageSize = Math.min(Math.max(1, Math.floor(input.pageSize)), MAX_AUDIT_PAGE_SIZE);
  const page = Math.max(1, Math.floor(input.page));
  const found = await input.store.repos.auditLog.find(input.filter, {
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { ...found, page, pageSize };
}
