// The import preview (what the notice says and what must be settled) and the commit body.
import { z } from 'zod';
import { IsoDateTimeSchema } from './common.schema.ts';

const Nullable = z.string().nullable();
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
        seq: z.number().int().positive(),
        leadUnits: UnitNames.min(1),
        responsibleUnits: UnitNames,
      }),
    )
    .max(5000)
    .default([]),
  exclude: z
    .array(z.number().int().positive())
    .max(5000)
    .default([])
    .describe('source lines of tasks to leave out'),
  renumber: z
    .array(z.strictObject({ line: z.number().int().positive(), seq: z.number().int().positive() }))
    .max(5000)
    .default([]),
});

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
  unit: z.string().optional(),
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
    tasks: z.array(
      z.strictObject({
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
      }),
    ),
    issues: z.array(IssueSchema),
    problems: z.array(ProblemSchema).describe('what must be settled before the commit'),
  })
  .meta({ id: 'PlanImportPreview' });
