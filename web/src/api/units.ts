// The unit directory: read as of today, changed with history (admin).
import type {
  CreateUnitBody,
  GroupMembersBody,
  MergeUnitBody,
  RenameUnitBody,
  Unit,
  UnitDetail,
  UnitsQuery,
} from '../../../src/contracts/unit.schema.ts';
import { UNIT_KIND_LABELS } from '../../../src/core/unit/directory.ts';
import { api } from './client.ts';

export { UNIT_KINDS, UNIT_KIND_LABELS } from '../../../src/core/unit/directory.ts';
export type { UnitKind } from '../../../src/core/plan/plan.types.ts';

export const unitKindLabel = (kind: string): string =>
  (UNIT_KIND_LABELS as Record<string, string | undefined>)[kind] ?? kind;

export type { Unit, UnitDetail } from '../../../src/contracts/unit.schema.ts';
export type UnitRef = Unit['members'][number];

export const findUnits = async (query: Pick<UnitsQuery, 'q' | 'kind'> = {}): Promise<Unit[]> => {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.kind) params.set('kind', query.kind);
  const suffix = params.size > 0 ? `?${params.toString()}` : '';
  return (await api<{ units: Unit[] }>('GET', `/api/units${suffix}`)).units;
};

export const getUnit = (unitId: number): Promise<UnitDetail> =>
  api<UnitDetail>('GET', `/api/units/${unitId}`);

export const createUnit = (body: CreateUnitBody): Promise<UnitDetail> =>
  api<UnitDetail>('POST', '/api/units', body);

export const renameUnit = (unitId: number, body: RenameUnitBody): Promise<UnitDetail> =>
  api<UnitDetail>('POST', `/api/units/${unitId}/rename`, body);

export const addAlias = (unitId: number, alias: string): Promise<UnitDetail> =>
  api<UnitDetail>('POST', `/api/units/${unitId}/aliases`, { alias });

export const endAlias = (unitId: number, aliasId: number): Promise<UnitDetail> =>
  api<UnitDetail>('DELETE', `/api/units/${unitId}/aliases/${aliasId}`);

export const setGroupMembers = (unitId: number, body: GroupMembersBody): Promise<UnitDetail> =>
  api<UnitDetail>('PUT', `/api/units/${unitId}/members`, body);

export const mergeUnit = (unitId: number, body: MergeUnitBody): Promise<UnitDetail> =>
  api<UnitDetail>('POST', `/api/units/${unitId}/merge`, body);
