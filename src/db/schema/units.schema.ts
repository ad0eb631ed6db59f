// The unit directory (责任单位) with history: a unit keeps its id while its name, kind or
// group membership change within a year; merges and splits are recorded as successions.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, instant } from './columns.ts';

export const units = pgTable('units', {
  id: id(),
  /** Optional short code for exports and logins; stable across renames. */
  code: text('code').unique(),
  createdAt: instant('created_at').notNull(),
});

/** One row per name/kind the unit carried; valid_to is exclusive and null while current. */
export const unitVersions = pgTable(
  'unit_versions',
  {
    id: id(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** The short official form used in notices (市发改委). */
    name: text('name').notNull(),
    fullName: text('full_name'),
    /** UnitKind from the plan types: department, county, zone, group… */
    kind: text('kind').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** Why this version began: created, renamed, reorganised. */
    reason: text('reason').notNull(),
    note: text('note'),
  },
  (t) => [
    index('unit_versions_unit_idx').on(t.unitId, t.validFrom),
    index('unit_versions_name_idx').on(t.name),
    uniqueIndex('unit_versions_one_current')
      .on(t.unitId)
      .where(sql`${t.validTo} is null`),
    check('unit_versions_range', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Other spellings of a unit (经开区政府 for 经开区管委会), possibly time-bounded. */
export const unitAliases = pgTable(
  'unit_aliases',
  {
    id: id(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    alias: text('alias').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('unit_aliases_alias_idx').on(t.alias), index('unit_aliases_unit_idx').on(t.unitId)],
);

/** Members of a group unit (各县市区政府, 开发区管委会, …成员单位) over time. */
export const unitGroupMembers = pgTable(
  'unit_group_members',
  {
    id: id(),
    groupUnitId: integer('group_unit_id')
      .notNull()
      .references(() => units.id),
    memberUnitId: integer('member_unit_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('unit_group_members_group_idx').on(t.groupUnitId),
    index('unit_group_members_member_idx').on(t.memberUnitId),
    check('unit_group_members_not_self', sql`${t.groupUnitId} <> ${t.memberUnitId}`),
  ],
);

/** A unit that ceased and the unit that took over its work (merged, split, absorbed). */
export const unitSuccessions = pgTable(
  'unit_successions',
  {
    id: id(),
    predecessorUnitId: integer('predecessor_unit_id')
      .notNull()
      .references(() => units.id),
    successorUnitId: integer('successor_unit_id')
      .notNull()
      .references(() => units.id),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
  },
  (t) => [index('unit_successions_predecessor_idx').on(t.predecessorUnitId)],
);
