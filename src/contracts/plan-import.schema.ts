// The import preview (what the notice says and what must be settled) and the commit body.
import { z } from 'zod';
import { COLUMN_ROLES } from '../core/plan/plan.types.ts';
import { INT4_MAX, IsoDateTimeSchema, TaskMilestoneSchema } from './common.schema.ts';

const Nullable = z.string().nullable();
/** What a table column means (序号, 任务, 牵头, 责任, 配合, 分工, 领导, 时限, 进展, or nothing). */
const ColumnRoleSchema = z.enum(COLUMN_ROLES);
const UnitNames = z.array(z.string().trim().min(1).max(100)).max(100);

export const PreviewJsonBodySchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  contentBase64: z.string().min(1).describe('the notice file, base64-encoded'),
});

export const CommitBodySchema = z.strictObject({
  year: z.number().int().min(1900).max(2999).optional().describe("the plan's year; the notice's by default"),
  acceptInferred: z.boolean().default(false).describe('accept every inferred lead/co split as guessed'),
  confirmations: z
    .array(
      z.strictObject({
        seq: z.number().int().positive().max(INT4_MAX),
        leadUnits: UnitNames.min(1),
        responsibleUnits: UnitNames,
      }),
    )
    .max(5000)
    .default([]),
  exclude: z
    .array(z.number().int().positive().max(INT4_MAX))
    .max(5000)
    .default([])
    .describe('source lines of tasks to leave out'),
  renumber: z
    .array(
      z.strictObject({
        line: z.number().int().positive().max(INT4_MAX),
        seq: z.number().int().positive().max(INT4_MAX),
      }),
    )
    .max(5000)
    .default([]),
});

const TaskKey = z.string().min(1).max(200).describe('a task of the preview, as the preview names it');
const Seq = z.number().int().positive().max(99_999);

export const DecisionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('columns'),
      roles: z.array(ColumnRoleSchema).max(60),
    }),
    z.strictObject({
      kind: z.literal('units'),
      key: TaskKey,
      leadUnits: UnitNames,
      responsibleUnits: UnitNames,
    }),
    z.strictObject({ kind: z.literal('accept_inferred') }),
    z.strictObject({ kind: z.literal('merge'), key: TaskKey }),
    z.strictObject({
      kind: z.literal('split'),
      key: TaskKey,
      at: z.number().int().positive().max(100_000),
      seq: Seq,
    }),
    z.strictObject({ kind: z.literal('not_task'), key: TaskKey }),
    z.strictObject({ kind: z.literal('restore'), key: TaskKey }),
    z.strictObject({ kind: z.literal('number'), key: TaskKey, seq: Seq }),
    z.strictObject({
      kind: z.literal('unit_match'),
      name: z.string().min(1).max(100),
      unitId: z
        .number()
        .int()
        .positive()
        .nullable()
        .describe('the directory unit it is; null: a unit of its own'),
      keep: z.enum(['rename', 'alias']).default('rename'),
    }),
    z.strictObject({
      kind: z.literal('carry'),
      taskId: z.number().int().positive().max(INT4_MAX),
      carry: z.boolean(),
    }),
  ])
  .meta({ id: 'PlanImportDecision' });

const IndicatorSchema = z.strictObject({
  metric: z.string(),
  value: z.number(),
  unit: z.string(),
  comparator: z.string(),
  stretch: z.boolean(),
  raw: z.string(),
});

const IssueSchema = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  line: z.number().int().nullable(),
  taskSeq: z.number().int().nullable(),
});

const ProblemSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  seq: z.number().int().nullable(),
  line: z.number().int().nullable(),
  field: Nullable,
  key: Nullable,
  unit: z.string().optional(),
});

const UnitProposalSchema = z.strictObject({
  unitId: z.number().int(),
  name: z.string(),
  reason: z.enum(['name', 'alias', 'abbreviation', 'pattern', 'similarity']),
  score: z.number(),
  detail: z.string(),
});

export const PreviewSchema = z
  .strictObject({
    id: z.number().int(),
    fileName: Nullable,
    expiresAt: IsoDateTimeSchema,
    source: z.strictObject({ format: z.string(), encoding: Nullable, fileName: Nullable }),
    plan: z.strictObject({
      title: Nullable,
      issuer: Nullable,
      year: z.number().int().nullable(),
      publishedAt: Nullable,
      deadline: Nullable,
      cadence: Nullable,
      hotline: Nullable,
      announcedTaskCount: z.number().int().nullable(),
      level: z.enum(['province', 'city', 'county', 'district', 'zone']).nullable(),
    }),
    yearTaken: z.boolean(),
    counts: z.strictObject({
      tasks: z.number().int(),
      certain: z.number().int(),
      inferred: z.number().int(),
    }),
    structure: z.array(
      z.strictObject({ kind: z.string(), number: z.string(), title: z.string(), path: z.array(z.string()) }),
    ),
    columns: z
      .array(
        z.strictObject({
          index: z.number().int(),
          header: z.string(),
          sample: z.string(),
          role: ColumnRoleSchema,
        }),
      )
      .describe("a real table's columns and the role each was read as; empty for loose paragraphs"),
    columnRoles: z.array(ColumnRoleSchema).nullable().describe('the roles the admin chose, when any'),
    pending: z
      .strictObject({ tasks: z.number().int(), units: z.number().int(), other: z.number().int() })
      .describe('tasks and unit proposals still waiting for a decision'),
    tasks: z.array(
      z.strictObject({
        key: z.string(),
        seq: z.number().int(),
        line: z.number().int(),
        path: z.array(z.string()),
        text: z.string(),
        leadUnits: z.array(z.string()),
        responsibleUnits: z.array(z.string()),
        assignment: z.enum(['certain', 'inferred']),
        complete: z.boolean(),
        indicators: z.array(IndicatorSchema),
        leaderName: Nullable,
        deadline: Nullable.describe('the deadline as the notice writes it'),
        milestones: z
          .array(TaskMilestoneSchema)
          .max(4)
          .describe(
            "the task's plan for each quarter the notice's schedule fills (进度安排 第一季度…), in order",
          ),
        importedLeadUnits: z.array(z.string()),
        importedResponsibleUnits: z.array(z.string()),
        confirmed: z.boolean(),
        edited: z.boolean(),
        excluded: z.boolean().describe('marked as not a task'),
        splitPart: z.boolean(),
        merged: z.array(z.string()),
      }),
    ),
    units: z.array(
      z.strictObject({
        name: z.string(),
        kind: z.string(),
        aliases: z.array(z.string()),
        members: z.array(z.string()),
        status: z
          .enum(['known', 'new', 'unknown'])
          .describe('known: in the directory; new: to be created; unknown: nobody knows it'),
        unitId: z.number().int().nullable(),
        proposal: UnitProposalSchema.nullable(),
        decision: z.strictObject({ unitId: z.number().int().nullable(), keep: z.string() }).nullable(),
        typed: z.boolean(),
      }),
    ),
    carryCandidates: z.array(
      z.strictObject({
        taskId: z.number().int(),
        year: z.number().int(),
        seq: z.number().int(),
        text: z.string(),
        leadUnits: z.array(z.string()),
        responsibleUnits: z.array(z.string()),
        carried: z.boolean(),
      }),
    ),
    decisions: z.array(
      z.strictObject({
        decision: z.record(z.string(), z.unknown()),
        at: z.string(),
        by: z.number().int().nullable(),
      }),
    ),
    issues: z.array(IssueSchema),
    problems: z.array(ProblemSchema).describe('what must be settled before the commit'),
  })
  .meta({ id: 'PlanImportPreview' });

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type CommitBody = z.input<typeof CommitBodySchema>;
export type Decision = z.output<typeof DecisionSchema>;
export type Preview = z.output<typeof PreviewSchema>;
/** A decision as the client sends it (unit_match's keep defaults to rename). */
export type DecisionBody = z.input<typeof DecisionSchema>;
export type PreviewTask = Preview['tasks'][number];
export type ImportIssue = z.output<typeof IssueSchema>;
export type ImportProblem = z.output<typeof ProblemSchema>;
export type UnitProposal = z.output<typeof UnitProposalSchema>;
