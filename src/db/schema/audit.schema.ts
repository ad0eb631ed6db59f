// The audit trail: appended by every write, never updated or deleted (a trigger refuses both).
import { bigint, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema.ts';
import { instant } from './columns.ts';

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: instant('at').notNull(),
    /** account, system (the CLI operator) or anonymous. */
    actorKind: text('actor_kind').notNull(),
    actorAccountId: integer('actor_account_id').references(() => accounts.id),
    /** Login or operator label, kept as text so the trail reads without joins. */
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_at_idx').on(t.at),
  ],
);
