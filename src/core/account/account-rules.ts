// Invariants of an account's role and unit.
import { UNIT_ROLES, type AccountRole } from '../policy/policy.types.ts';

export type RoleUnitProblem = 'unit_required' | 'unit_not_allowed';

export function isUnitRole(role: AccountRole): boolean {
  return (UNIT_ROLES as readonly AccountRole[]).includes(role);
}

/** Reporters and approvers act for exactly one unit; the other roles act for the whole city. */
export function roleUnitProblem(role: AccountRole, unitId: number | null): RoleUnitProblem | null {
  if (isUnitRole(role) && unitId === null) return 'unit_required';
  if (!isUnitRole(role) && unitId !== null) return 'unit_not_allowed';
  return null;
}
