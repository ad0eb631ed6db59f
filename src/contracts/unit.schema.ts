// Unit directory shapes: a unit as of a date, its history, and the admin's change bodies.
import { z } from 'zod';
import { UNIT_KINDS } from '../core/unit/directory.ts';
import { IdParamSchema, INT4_MAX } from './common.schema.ts';
import { IsoDateSchema } from './plan.schema.ts';

export const UnitKindSchema = z.enum(UNIT_KINDS);
const Ref = z.strictObject({ id: z.number().int(), name: z.string() });
const Name = z.string().trim().min(1).max(100);

export const UnitSchema = z
  .strictObject({
    id: z.number().int(),
    code: z.string().nullable(),
    name: z.string(),
    fullName: z.string().nullable(),
    kind: z.string(),
    aliases: z.array(z.strictObject({ id: z.number().int(), alias: z.string() })),
    members: z.array(Ref).describe("a group's members on the date"),
    groups: z.array(Ref).describe('groups the unit belonged to on the date'),
    successor: Ref.nullable().describe('the unit it was merged into'),
  })
  .meta({ id: 'Unit' });

const Dated = { validFrom: IsoDateSchema.nullable(), validTo: IsoDateSchema.nullable() };

export const UnitDetailSchema = z.strictObject({
  id: z.number().int(),
  code: z.string().nullable(),
  asOf: IsoDateSchema,
  unit: UnitSchema.nullable().describe('the unit as it was on the date; null when it did not exist then'),
  versions: z.array(
    z.strictObject({
      id: z.number().int(),
      name: z.string(),
      fullName: z.string().nullable(),
      kind: z.string(),
      ...Dated,
      reason: z.string(),
      note: z.string().nullable(),
    }),
  ),
  aliases: z.array(z.strictObject({ id: z.number().int(), alias: z.string(), ...Dated })),
  members: z.array(z.strictObject({ id: z.number().int(), unit: Ref, ...Dated })),
  groups: z.array(z.strictObject({ id: z.number().int(), unit: Ref, ...Dated })),
  successions: z.array(
    z.strictObject({
      id: z.number().int(),
      predecessor: Ref,
      successor: Ref,
      effectiveOn: IsoDateSchema,
      kind: z.string(),
      note: z.string().nullable(),
    }),
  ),
});

export const UnitParamsSchema = z.strictObject({ unitId: IdParamSchema });
export const AliasParamsSchema = z.strictObject({ unitId: IdParamSchema, aliasId: IdParamSchema });

export const UnitsQuerySchema = z.strictObject({
  asOf: IsoDateSchema.optional(),
  kind: UnitKindSchema.optional(),
  q: z.string().max(100).optional(),
});

export const EffectiveOnQuerySchema = z.strictObject({ effectiveOn: IsoDateSchema.optional() });

export const CreateUnitBodySchema = z.strictObject({
  name: Name,
  kind: UnitKindSchema,
  fullName: z.string().trim().min(1).max(200).nullable().optional(),
  code: z.string().trim().min(1).max(41).nullable().optional(),
  aliases: z.array(Name).max(50).optional(),
  validFrom: IsoDateSchema.optional(),
});

export const RenameUnitBodySchema = z.strictObject({
  name: Name,
  fullName: z.string().trim().min(1).max(200).nullable().optional(),
  effectiveOn: IsoDateSchema.optional(),
  note: z.string().max(500).nullable().optional(),
});

export const UnitCodeBodySchema = z.strictObject({ code: z.string().trim().min(1).max(41).nullable() });
export const AddAliasBodySchema = z.strictObject({ alias: Name, validFrom: IsoDateSchema.optional() });
export const GroupMembersBodySchema = z.strictObject({
  memberIds: z.array(z.number().int().positive().max(INT4_MAX)).max(500),
  effectiveOn: IsoDateSchema.optional(),
});
export const MergeUnitBodySchema = z.strictObject({
  intoUnitId: z.number().int().positive().max(INT4_MAX),
  effectiveOn: IsoDateSchema.optional(),
  note: z.string().max(500).nullable().optional(),
});

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type UnitKind = z.output<typeof UnitKindSchema>;
export type Unit = z.output<typeof UnitSchema>;
export type UnitDetail = z.output<typeof UnitDetailSchema>;
export type UnitParams = z.input<typeof UnitParamsSchema>;
export type UnitsQuery = z.input<typeof UnitsQuerySchema>;
export type CreateUnitBody = z.input<typeof CreateUnitBodySchema>;
export type RenameUnitBody = z.input<typeof RenameUnitBodySchema>;
export type GroupMembersBody = z.input<typeof GroupMembersBodySchema>;
export type MergeUnitBody = z.input<typeof MergeUnitBodySchema>;
