// The unit directory's storage as the use cases need it: the whole history is read at once
// (a city has a few hundred units at most) and changed by appending or ending dated rows.
import type {
  DirectoryHistory,
  GroupMembership,
  UnitAlias,
  UnitSuccession,
  UnitVersion,
} from '../../core/unit/unit.types.ts';

export type NewUnitVersion = Omit<UnitVersion, 'id'>;

export interface UnitsRepository {
  /** Every unit with all its versions, aliases, memberships and successions. */
  loadHistory(): Promise<DirectoryHistory>;
  insertUnit(unit: { code: string | null; createdAt: Date }): Promise<number>;
  setCode(unitId: number, code: string | null): Promise<void>;
  findByCode(code: string): Promise<number | null>;
  insertVersion(version: NewUnitVersion): Promise<UnitVersion>;
  endVersion(versionId: number, validTo: string): Promise<void>;
  insertAliases(aliases: Omit<UnitAlias, 'id'>[]): Promise<UnitAlias[]>;
  endAlias(aliasId: number, validTo: string): Promise<void>;
  insertMemberships(memberships: Omit<GroupMembership, 'id'>[]): Promise<GroupMembership[]>;
  endMembership(membershipId: number, validTo: string): Promise<void>;
  insertSuccession(succession: Omit<UnitSuccession, 'id'>): Promise<UnitSuccession>;
}
