// The unit directory with history: a unit keeps its id while names, aliases and group
// membership change over time. Dates are ISO calendar dates; every `validTo` is exclusive.
import type { UnitKind } from '../plan/plan.types.ts';

export interface DatedRange {
  /** First day the fact holds; null for "always" (an alias with no start). */
  validFrom: string | null;
  /** First day it no longer holds; null while it still does. */
  validTo: string | null;
}

export interface Unit {
  id: number;
  code: string | null;
}

export interface UnitVersion extends DatedRange {
  id: number;
  unitId: number;
  name: string;
  fullName: string | null;
  kind: UnitKind;
  validFrom: string;
  /** Why this version began: created, renamed. */
  reason: string;
  note: string | null;
}

export interface UnitAlias extends DatedRange {
  id: number;
  unitId: number;
  alias: string;
}

export interface GroupMembership extends DatedRange {
  id: number;
  groupUnitId: number;
  memberUnitId: number;
  validFrom: string;
}

export interface UnitSuccession {
  id: number;
  predecessorUnitId: number;
  successorUnitId: number;
  effectiveOn: string;
  /** merge */
  kind: string;
  note: string | null;
}

/** Everything the directory holds, as stored; views for a date are computed from it. */
export interface DirectoryHistory {
  units: Unit[];
  versions: UnitVersion[];
  aliases: UnitAlias[];
  memberships: GroupMembership[];
  successions: UnitSuccession[];
}

/** One unit as the directory showed it on a date. */
export interface UnitOnDate {
  id: number;
  code: string | null;
  name: string;
  fullName: string | null;
  kind: UnitKind;
  aliases: { id: number; alias: string }[];
  /** For a group: its members on the date. */
  memberIds: number[];
  /** The groups the unit belonged to on the date. */
  groupIds: number[];
  /** The unit that took over this one's work, once merged. */
  successorId: number | null;
}
