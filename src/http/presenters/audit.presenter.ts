// Audit events -> the API's audit view.
import type { z } from 'zod';
import type { AuditPage } from '../../services/audit/audit-log.types.ts';
import type { AuditEventSchema } from '../../contracts/audit.schema.ts';

export function presentAuditEvent(event: AuditPage['events'][number]): z.output<typeof AuditEventSchema> {
  return {
    id: event.id,
    at: event.at.toISOString(),
    actor: {
      kind: event.actorKind,
      accountId: event.actorAccountId,
      login: event.actorLogin,
      label: event.actorLabel,
    },
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before,
    after: event.after,
  };
}
