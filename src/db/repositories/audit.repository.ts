// The audit trail: insert and read only (the database refuses updates and deletes).
import { and, asc, eq } from 'drizzle-orm';
import type { AuditActorKind, AuditEvent, AuditRepository } from '../../services/audit/audit.types.ts';
import type { Db } from '../client.ts';
import { auditEvents } from '../schema/index.ts';

type AuditRow = typeof auditEvents.$inferSelect;

const ACTOR_KINDS: readonly AuditActorKind[] = ['account', 'system', 'anonymous'];

function toAuditEvent(row: AuditRow): AuditEvent {
  const actorKind = ACTOR_KINDS.find((kind) => kind === row.actorKind);
  if (!actorKind) throw new Error(`unknown actor kind '${row.actorKind}' in audit_events`);
  return { ...row, actorKind };
}

export function auditRepository(db: Db): AuditRepository {
  return {
    async append(event) {
      const [row] = await db.insert(auditEvents).values(event).returning();
      if (!row) throw new Error('insert into audit_events returned no row');
      return toAuditEvent(row);
    },
    async appendMany(events) {
      if (events.length === 0) return;
      await db.insert(auditEvents).values([...events]);
    },
    async findForEntity(entityType, entityId) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
        .orderBy(asc(auditEvents.id));
      return rows.map(toAuditEvent);
    },
  };
}
