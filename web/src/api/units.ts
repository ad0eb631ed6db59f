// The unit directory: read as of today, changed with history (admin).
import { api } from './client.ts';

export const UNIT_KINDS = [
  'department',
  'county',
  'zone',
  'company',
  'central',
  'organisation',
  'taskforce',
  'group',
  'unknown',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  department: '市直部门',
  county: '县市区政府',
  zone: '开发区管委会',
  company: '国有企业',
  central: '驻芜单位',
  organisation: '群团组织',
  taskforce: '工作专班',
  group: '单位组',
  unknown: '待确认',
};

export const unitKindLabel = (kind: string): string =>
  (UNIT_KIND_LABELS as Record<string, string | undefined>)[kind] ?? kind;

export interface UnitRef {
  id: number;
  name: string;
}

export interface Unit {
  id: number;
  code: string | null;
  name: string;
  fullName: string | null;
  kind: string;
  aliases: { id: number; alias: string }[];
  members: UnitRef[];
  groups: UnitRef[];
  successor: UnitRef | null;
}

interface Dated {
  validFrom: string | null;
  validTo: string | null;
}

export interface UnitDetail {
  id: number;
  code: string | null;
  asOf: string;
  unit: Unit | null;
  versions: ({ id: number; name: string; fullName: string | null; kind: string; reason: string } & Dated & {
      note: string | null;
    })[];
  aliases: ({ id: number; alias: string } & Dated)[];
  members: ({ id: number; unit: UnitRef } & Dated)[];
  groups: ({ id: number; unit: UnitRef } & Dated)[];
  successions: {
    id: number;
    predecessor: UnitRef;
    successor: UnitRef;
    effectiveOn: string;
    kind: string;
    note: string | null;
  }[];
}

export const findUnits = async (query: { q?: string; kind?: UnitKind } = {}): Promise<Unit[]> => {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.kind) params.set('kind', query.kind);
  const suffix = params.size > 0 ? `?${params.toString()}` : '';
  return (await api<{ units: Unit[] }>('GET', `/api/units${suffix}`)).units;
};

export const getUnit = (unitId: number): Promise<UnitDetail> =>
  api<UnitDetail>('GET', `/api/units/${unitId}`);

export const createUnit = (body: {
  name: string;
  kind: UnitKind;
  fullName?: string | null;
  code?: string | null;
  aliases?: string[];
}): Promise<UnitDetail> => api<UnitDetail>('POST', '/api/units', body);

export const renameUnit = (
  unitId: number,
  body: { name: string; effectiveOn?: string; note?: string | null },
): Promise<UnitDetail> => api<UnitDetail>('POST', `/api/units/${unitId}/rename`, body);

export const addAlias = (unitId: number, alias: string): Promise<UnitDetail> =>
  api<UnitDetail>('POST', `/api/units/${unitId}/aliases`, { alias });

export const endAlias = (unitId: number, aliasId: number): Promise<UnitDetail> =>
  api<UnitDetail>('DELETE', `/api/units/${unitId}/aliases/${aliasId}`);

export const setGroupMembers = (
  unitId: number,
  body: { memberIds: number[]; effectiveOn?: string },
): Promise<UnitDetail> => api<UnitDetail>('PUT', `/api/units/${unitId}/members`, body);

export const mergeUnit = (
  unitId: number,
  body: { intoUnitId: number; effectiveOn?: string; note?: string | null },
): Promise<UnitDetail> => api<UnitDetail>('POST', `/api/units/${unitId}/merge`, body);
