// Plans (one per year, several years side by side), their structure, periods and import issues.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema.ts';
import { id, instant, oneOf } from './columns.ts';

export const PLAN_STATES = ['draft', 'active', 'archived'] as const;

/** A key-task decomposition notice and its facts (PlanFacts). */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    year: integer('year').notNull().unique(),
    title: text('title'),
    issuer: text('issuer'),
    publishedAt: date('published_at', { mode: 'string' }),
    deadline: date('deadline', { mode: 'string' }),
    cadence: text('cadence'),
    hotline: text('hotline'),
    announcedTaskCount: integer('announced_task_count'),
    /** draft while an import is being confirmed; active once reporting runs; archived after the year. */
    state: text('state').notNull().default('draft'),
    /** The default due-date rule: days after quarter end (period.dueDate). */
    dueDaysAfterQuarterEnd: integer('due_days_after_quarter_end').notNull().default(5),
    sourceFormat: text('source_format'),
    sourceFileName: text('source_file_name'),
    sourceEncoding: text('source_encoding'),
    importedAt: instant('imported_at').notNull(),
    importedBy: integer('imported_by').references(() => accounts.id),
  },
  (t) => [oneOf('plans_state', t.state, PLAN_STATES)],
);

/** Parts, sections and subsections, with their official numbers as printed. */
export const structureNodes = pgTable(
  'structure_nodes',
  {
    id: id(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    parentId: integer('parent_id').references((): AnyPgColumn => structureNodes.id),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    /** Numbers from the part down, e.g. {二,一,1}. */
    path: text('path').array().notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('structure_nodes_plan_path').on(t.planId, t.path),
    oneOf('structure_nodes_kind', t.kind, ['part', 'section', 'subsection']),
  ],
);

export const PERIOD_STATES = ['scheduled', 'open', 'closed'] as const;

/** A reporting period of a plan ('2024-Q1') with its dates; closed periods are frozen. */
export const periods = pgTable(
  'periods',
  {
    id: id(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    key: text('key').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    state: text('state').notNull().default('scheduled'),
    closedAt: instant('closed_at'),
    closedBy: integer('closed_by').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('periods_plan_key').on(t.planId, t.key),
    oneOf('periods_state', t.state, PERIOD_STATES),
    check('periods_key_format', sql`${t.key} ~ '^[0-9]{4}-Q[1-4]$'`),
    check('periods_dates', sql`${t.dueOn} >= ${t.opensOn}`),
    index('periods_due_idx').on(t.dueOn),
  ],
);

/** What the importer reported about the source; inferred assignments wait here for a person. */
export const importIssues = pgTable(
  'import_issues',
  {
    id: id(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    severity: text('severity').notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    line: integer('line'),
    taskSeq: integer('task_seq'),
    resolvedAt: instant('resolved_at'),
    resolvedBy: integer('resolved_by').references(() => accounts.id),
  },
  (t) => [
    index('import_issues_plan_idx').on(t.planId),
    oneOf('import_issues_severity', t.severity, ['error', 'warning', 'info']),
    index('import_issues_open_idx')
      .on(t.planId)
      .where(sql`${t.resolvedAt} is null`),
  ],
);
