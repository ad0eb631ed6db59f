// Supervision records: the plan's rules, cards with their steps, extension requests, completion
// claims, hotline records and the snapshots of closed quarters.
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ScoringRules } from '../../core/assessment/scoring-rules.ts';
import type { WorkCalendar } from '../../core/supervision/deadlines.ts';
import type { EscalationConfig } from '../../core/supervision/escalation.ts';
import type { LightRules } from '../../core/supervision/light-rules.ts';
import type { PeriodSnapshot } from '../../core/supervision/snapshot.ts';
import type { QualityRules } from '../../core/quality/quality.types.ts';
import { accounts } from './accounts.schema.ts';
import { id, instant, oneOf } from './columns.ts';
import { periods, plans } from './plans.schema.ts';
import { tasks } from './tasks.schema.ts';
import { units } from './units.schema.ts';

/** A plan's own rules; a plan without a row uses the defaults from core. */
export const planRules = pgTable('plan_rules', {
  id: id(),
  planId: integer('plan_id')
    .notNull()
    .unique()
    .references(() => plans.id),
  lights: jsonb('lights').$type<LightRules>().notNull(),
  escalation: jsonb('escalation').$type<EscalationConfig>().notNull(),
  scoring: jsonb('scoring').$type<ScoringRules>().notNull(),
  calendar: jsonb('calendar').$type<WorkCalendar>().notNull(),
  /** The quality flags' thresholds and phrase lists; null = the defaults from core. */
  quality: jsonb('quality').$type<QualityRules>(),
  updatedAt: instant('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => accounts.id),
});

const CARD_COLORS = ['yellow', 'red'] as const;

/** 亮牌: the current state of a card; its steps are appended to card_steps. */
export const cards = pgTable(
  'cards',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id),
    color: text('color').notNull(),
    issuedColor: text('issued_color').notNull(),
    state: text('state').notNull(),
    reason: text('reason').notNull(),
    rectifyBy: date('rectify_by', { mode: 'string' }).notNull(),
    issuedAt: instant('issued_at').notNull(),
    issuedBy: integer('issued_by').references(() => accounts.id),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('cards_period_idx').on(t.periodId),
    index('cards_unit_idx').on(t.unitId),
    index('cards_task_idx').on(t.taskId),
    oneOf('cards_color', t.color, CARD_COLORS),
    oneOf('cards_issued_color', t.issuedColor, CARD_COLORS),
    oneOf('cards_state', t.state, ['issued', 'answered', 'lowered', 'closed']),
  ],
);

export const cardSteps = pgTable(
  'card_steps',
  {
    id: id(),
    cardId: integer('card_id')
      .notNull()
      .references(() => cards.id),
    action: text('action').notNull(),
    state: text('state').notNull(),
    color: text('color').notNull(),
    text: text('text').notNull(),
    by: integer('by').references(() => accounts.id),
    at: instant('at').notNull(),
  },
  (t) => [
    index('card_steps_card_idx').on(t.cardId),
    oneOf('card_steps_action', t.action, ['issue', 'answer', 'reject_answer', 'lower', 'close']),
  ],
);

/** 延期申请 for one unit's filing of one task in one period. */
export const extensionRequests = pgTable(
  'extension_requests',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id),
    requestedDueOn: date('requested_due_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull(),
    grantedDueOn: date('granted_due_on', { mode: 'string' }),
    decisionReason: text('decision_reason'),
    requestedAt: instant('requested_at').notNull(),
    requestedBy: integer('requested_by').references(() => accounts.id),
    decidedAt: instant('decided_at'),
    decidedBy: integer('decided_by').references(() => accounts.id),
  },
  (t) => [
    index('extension_requests_period_idx').on(t.periodId),
    uniqueIndex('extension_requests_one_pending')
      .on(t.taskId, t.unitId, t.periodId)
      .where(sql`${t.status} = 'pending'`),
    oneOf('extension_requests_status', t.status, ['pending', 'approved', 'rejected']),
  ],
);

/** 办结: a lead unit's claim that a task is complete, and the office's decision. */
export const completions = pgTable(
  'completions',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    evidence: text('evidence').notNull(),
    attachmentIds: jsonb('attachment_ids').$type<number[]>().notNull().default([]),
    state: text('state').notNull(),
    claimedAt: instant('claimed_at').notNull(),
    claimedBy: integer('claimed_by').references(() => accounts.id),
    decidedAt: instant('decided_at'),
    decidedBy: integer('decided_by').references(() => accounts.id),
    decisionReason: text('decision_reason'),
    /** The city date of the verification. */
    verifiedOn: date('verified_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('completions_one_open')
      .on(t.taskId)
      .where(sql`${t.state} in ('claimed', 'verified')`),
    oneOf('completions_state', t.state, ['claimed', 'verified', 'rejected']),
  ],
);

/** A call or message to the supervision hotline (监督电话) about a task. */
export const hotlineMessages = pgTable(
  'hotline_messages',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    channel: text('channel').notNull(),
    caller: text('caller'),
    content: text('content').notNull(),
    loggedAt: instant('logged_at').notNull(),
    loggedBy: integer('logged_by').references(() => accounts.id),
  },
  (t) => [
    index('hotline_messages_task_idx').on(t.taskId),
    oneOf('hotline_messages_channel', t.channel, ['phone', 'message', 'web', 'letter', 'visit']),
  ],
);

export const hotlineAnswers = pgTable(
  'hotline_answers',
  {
    id: id(),
    messageId: integer('message_id')
      .notNull()
      .references(() => hotlineMessages.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    text: text('text').notNull(),
    answeredAt: instant('answered_at').notNull(),
    answeredBy: integer('answered_by').references(() => accounts.id),
  },
  (t) => [index('hotline_answers_message_idx').on(t.messageId)],
);

/** Lights, cards and scores of a quarter as they were when it was closed. */
export const periodSnapshots = pgTable('period_snapshots', {
  id: id(),
  periodId: integer('period_id')
    .notNull()
    .unique()
    .references(() => periods.id),
  takenAt: instant('taken_at').notNull(),
  takenBy: integer('taken_by').references(() => accounts.id),
  data: jsonb('data').$type<PeriodSnapshot>().notNull(),
});
