// The unit directory: read as of a date (everyone), changed with history (admin).
import { z } from 'zod';
import type { Actor } from '../../core/policy/policy.types.ts';
import { addUnitAlias, endUnitAlias } from '../../services/units/unit-aliases.usecases.ts';
import { setGroupMembers } from '../../services/units/unit-groups.usecases.ts';
import { mergeUnit } from '../../services/units/unit-merge.usecases.ts';
import { findUnits, getUnit } from '../../services/units/units.queries.ts';
import { createUnit, renameUnit, setUnitCode } from '../../services/units/units.usecases.ts';
import { presentUnitDetail, presentUnits } from '../presenters/unit.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { AsOfQuerySchema, IsoDateSchema } from '../../contracts/plan.schema.ts';
import {
  AddAliasBodySchema,
  AliasParamsSchema,
  CreateUnitBodySchema,
  EffectiveOnQuerySchema,
  GroupMembersBodySchema,
  MergeUnitBodySchema,
  RenameUnitBodySchema,
  UnitCodeBodySchema,
  UnitDetailSchema,
  UnitParamsSchema,
  UnitSchema,
  UnitsQuerySchema,
} from '../../contracts/unit.schema.ts';

const ok = { 200: UnitDetailSchema };
const created = { 201: UnitDetailSchema };

export const unitRoutes = routePlugin(['units'], (route, { store, clock }) => {
  /** After a change: the unit as of the day the change took effect. */
  const detail = async (actor: Actor, unitId: number, asOf: string) =>
    presentUnitDetail(await getUnit({ actor, store, clock, unitId, asOf }));

  route.get(
    '/api/units',
    {
      summary: 'The directory as of a date (today by default): names, aliases, groups and members then',
      query: UnitsQuerySchema,
      response: {
        200: z.strictObject({ asOf: IsoDateSchema, units: z.array(UnitSchema) }),
      },
    },
    async (request) => {
      const found = await findUnits({ actor: actorOf(request), store, clock, ...request.query });
      return { asOf: found.asOf, units: presentUnits(found.units) };
    },
  );

  route.get(
    '/api/units/:unitId',
    { params: UnitParamsSchema, query: AsOfQuerySchema, response: ok },
    async (request) =>
      presentUnitDetail(
        await getUnit({ actor: actorOf(request), store, clock, ...request.params, ...request.query }),
      ),
  );

  route.post('/api/units', { body: CreateUnitBodySchema, response: created }, async (request, reply) => {
    const actor = actorOf(request);
    const { unit } = await createUnit({ actor, store, clock, ...request.body });
    const asOf = request.body.validFrom ?? undefined;
    return reply
      .status(201)
      .send(
        presentUnitDetail(await getUnit({ actor, store, clock, unitId: unit.id, ...(asOf ? { asOf } : {}) })),
      );
  });

  route.post(
    '/api/units/:unitId/rename',
    {
      summary: 'Rename from a date; the old name stays as an alias',
      params: UnitParamsSchema,
      body: RenameUnitBodySchema,
      response: ok,
    },
    async (request) => {
      const actor = actorOf(request);
      const { unitId } = request.params;
      const { unit } = await renameUnit({ actor, store, clock, unitId, ...request.body });
      return detail(actor, unit.id, request.body.effectiveOn ?? (await todayOf(actor, unitId)));
    },
  );

  route.put(
    '/api/units/:unitId/code',
    { params: UnitParamsSchema, body: UnitCodeBodySchema, response: ok },
    async (request) => {
      const actor = actorOf(request);
      await setUnitCode({ actor, store, clock, ...request.params, ...request.body });
      return detail(actor, request.params.unitId, await todayOf(actor, request.params.unitId));
    },
  );

  route.post(
    '/api/units/:unitId/aliases',
    { params: UnitParamsSchema, body: AddAliasBodySchema, response: created },
    async (request, reply) => {
      const actor = actorOf(request);
      await addUnitAlias({ actor, store, clock, ...request.params, ...request.body });
      return reply
        .status(201)
        .send(await detail(actor, request.params.unitId, await todayOf(actor, request.params.unitId)));
    },
  );

  route.delete(
    '/api/units/:unitId/aliases/:aliasId',
    {
      summary: 'End an alias from a date (kept in history)',
      params: AliasParamsSchema,
      query: EffectiveOnQuerySchema,
      response: ok,
    },
    async (request) => {
      const actor = actorOf(request);
      await endUnitAlias({ actor, store, clock, ...request.params, ...request.query });
      return detail(actor, request.params.unitId, await todayOf(actor, request.params.unitId));
    },
  );

  route.put(
    '/api/units/:unitId/members',
    {
      summary: "Set a group's members from a date",
      params: UnitParamsSchema,
      body: GroupMembersBodySchema,
      response: ok,
    },
    async (request) => {
      const actor = actorOf(request);
      await setGroupMembers({ actor, store, clock, ...request.params, ...request.body });
      return detail(
        actor,
        request.params.unitId,
        request.body.effectiveOn ?? (await todayOf(actor, request.params.unitId)),
      );
    },
  );

  route.post(
    '/api/units/:unitId/merge',
    {
      summary: 'Merge the unit into another from a date: its current and future assignments move there',
      params: UnitParamsSchema,
      body: MergeUnitBodySchema,
      response: ok,
    },
    async (request) => {
      const actor = actorOf(request);
      const { succession } = await mergeUnit({ actor, store, clock, ...request.params, ...request.body });
      return detail(actor, request.params.unitId, succession.effectiveOn);
    },
  );

  async function todayOf(actor: Actor, unitId: number): Promise<string> {
    return (await getUnit({ actor, store, clock, unitId })).asOf;
  }
});
