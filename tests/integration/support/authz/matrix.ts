// The authorization matrix's vocabulary: who asks (six roles, unit roles from their own unit or
// another), what a row sends, and what each cell expects.
import type { Targets } from './fixture.ts';

/** allowed: 2xx, or a 400/409 from a deliberately minimal or conflicting body. 404: hidden. */
export type Outcome = 'allowed' | 401 | 403 | 404;

export const CELLS = [
  'admin',
  'supervisor',
  'leader',
  'anonymous',
  'reporter.own',
  'approver.own',
  'reporter.other',
  'approver.other',
] as const;
export type Cell = (typeof CELLS)[number];

/** The seeded login behind each cell: 市经信局 is the own unit, 市财政局 the other. */
export const LOGIN_OF: Record<Cell, string | null> = {
  admin: 'admin',
  supervisor: 'supervisor',
  leader: 'leader',
  anonymous: null,
  'reporter.own': 'jxj.reporter',
  'approver.own': 'jxj.approver',
  'reporter.other': 'czj.reporter',
  'approver.other': 'czj.approver',
};

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface MatrixRequest {
  url: string;
  payload?: object | Buffer;
  headers?: Record<string, string>;
}

export interface Row {
  method: Method;
  /** The route as registered, e.g. /api/reports/:reportId. */
  route: string;
  request: (t: Targets) => MatrixRequest;
  /** The same request naming an id that does not exist: denied cells must answer alike. */
  missing?: (t: Targets) => MatrixRequest;
  expect: Record<Cell, Outcome>;
  /** Cells that break the rule today, with why; they run as todo until the route is fixed. */
  gaps?: Partial<Record<Cell, string>>;
}

type Shorthand = 'office' | 'own' | 'other' | 'units' | 'signedIn';
type Spec = Partial<Record<Cell | Shorthand, Outcome>>;

const GROUPS: Record<Shorthand, readonly Cell[]> = {
  office: ['admin', 'supervisor', 'leader'],
  own: ['reporter.own', 'approver.own'],
  other: ['reporter.other', 'approver.other'],
  units: ['reporter.own', 'approver.own', 'reporter.other', 'approver.other'],
  signedIn: CELLS.filter((cell) => cell !== 'anonymous'),
};

/**
 * Expectations from a short spec: anonymous 401 and every signed-in cell 403 unless named;
 * shorthands (signedIn, office, units, own, other) apply first, single cells override them.
 */
export function cells(spec: Spec): Record<Cell, Outcome> {
  const result = Object.fromEntries(CELLS.map((cell) => [cell, cell === 'anonymous' ? 401 : 403])) as Record<
    Cell,
    Outcome
  >;
  for (const group of ['signedIn', 'office', 'units', 'own', 'other'] as const) {
    const outcome = spec[group];
    if (outcome !== undefined) for (const cell of GROUPS[group]) result[cell] = outcome;
  }
  for (const cell of CELLS) {
    const outcome = spec[cell];
    if (outcome !== undefined) result[cell] = outcome;
  }
  return result;
}

/** Open to everyone, signed in or not. */
export const EVERYONE = cells({ signedIn: 'allowed', anonymous: 'allowed' });
/** Any signed-in account. */
export const SIGNED_IN = cells({ signedIn: 'allowed' });
/** The office and leaders everything, a unit its own, another unit refused (the unit is public). */
export const OFFICE_AND_OWN = cells({ office: 'allowed', own: 'allowed' });

export function onlyRoles(...allowed: ('admin' | 'supervisor' | 'leader')[]): Record<Cell, Outcome> {
  return cells(Object.fromEntries(allowed.map((role) => [role, 'allowed' as const])));
}

export function classOf(status: number): Outcome | `unexpected ${number}` {
  if (status === 401 || status === 403 || status === 404) return status;
  if ((status >= 200 && status < 300) || status === 400 || status === 409) return 'allowed';
  return `unexpected ${status}`;
}

export const rowKey = (row: Pick<Row, 'method' | 'route'>) => `${row.method} ${row.route}`;
