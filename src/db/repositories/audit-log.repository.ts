// Reading the audit trail with filters, newest first, a page at a time.
import { and, count, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { AuditActorKind } from '../../services/audit/audit.types.ts';
import type { AuditFilter, AuditLogRepository } from '../../services/audit/audit-log.types.ts';
import type { Db } from '../client.ts';
import { accounts, auditEvents } from '../schema/index.ts';

const ACTOR_KINDS: readonly AuditActorKind[] = ['account', 'system', 'anonymous'];

function conditions(db: Db, filter: AuditFilter): SQL[] {
  const result: SQL[] = [];
  if (filter.entityType !== undefined) result.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId !== undefined) result.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.from !== undefined) result.push(gte(auditEvents.at, filter.from));
  if (filter.to !== undefined) result.push(lt(auditEvents.at, filter.to));
  if (filter.actor !== undefined) {
    const byLogin = db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.login, filter.actor.toLowerCase()));
    // An id past int4 names no account (and PostgreSQL would refuse to compare with it).
    const byAccount =
      /^\d{1,10}$/.test(filter.actor) && Number(filter.actor) <= 2_147_483_647
        ? [eq(auditEvents.actorAccountId, Number(filter.actor))]
        : [];
    const actor = or(
      eq(auditEvents.actorLabel, filter.actor),
      inArray(auditEvents.actorAccountId, byLogin),
      ...byAccount,
    );
    if (actor) result.push(actor);
  }
  return result;
}

export function auditLogRepository(db: Db): AuditLogRepository {
  return {
    async find(filter, page) {
      const where = and(...conditions(db, filter));
      const [total] = await db.select({ total: count() }).from(auditEvents).where(where);
      const rows = await db
        .select({ event: auditEvents, actorLogin: accounts.login })
        .from(auditEvents)
        .leftJoin(accounts, eq(accounts.id, auditEvents.actorAccountId))
        .where(where)
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(page.limit)
        .offset(page.offset);
      const events = rows.map(({ event, actorLogin }) => {
        const actorKind = ACTOR_KINDS.find((kind) => kind === event.actorKind);
        if (!actorKind) throw new Error(`unknown actor kind '${event.actorKind}' in audit_events`);
        return { ...event, actorKind, actorLogin };
      });
      return { events, total: total?.total ?? 0 };
    },
  };
}
