// The authorization policy: one pure function every service calls, so HTTP, CLI and importer share it.
import { DomainError } from '../errors.ts';
import type { AccountRole, Action, Actor, Decision, Resource } from './policy.types.ts';

type SignedIn = Exclude<Actor, { kind: 'anonymous' }>;
type Rule = (actor: SignedIn, resource: Resource) => boolean;

const ALLOW: Decision = { allowed: true };
/** Actions an account may take while it still has to replace its initial password. */
const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<Action> = new Set([
  'session.read',
  'session.logout',
  'account.change_own_password',
]);
/** Actions open to anyone, signed in or not. */
const PUBLIC_ACTIONS: ReadonlySet<Action> = new Set(['plan.read']);

const anyone: Rule = () => true;
const roles =
  (...allowed: AccountRole[]): Rule =>
  (actor) =>
    allowed.includes(actor.role);
const ownUnit =
  (...allowed: AccountRole[]): Rule =>
  (actor, resource) =>
    allowed.includes(actor.role) && sameUnit(actor, resource.unitId);

const RULES: Record<Action, Rule> = {
  'session.read': (actor) => actor.kind === 'account',
  'session.logout': (actor) => actor.kind === 'account',
  'account.change_own_password': (actor) => actor.kind === 'account',
  'account.manage': roles('admin'),
  'unit.manage': roles('admin'),
  'plan.read': anyone,
  'plan.manage': roles('admin'),
  'period.manage': roles('admin'),
  'period.close': roles('supervisor'),
  'report.read': readReport,
  'report.edit': ownUnit('reporter', 'approver'),
  'report.submit': ownUnit('reporter', 'approver'),
  'report.sign_off': ownUnit('approver'),
  'report.review': roles('supervisor'),
  'warning.issue': roles('supervisor'),
  'dashboard.read': roles('admin', 'supervisor', 'leader'),
  'audit.read': roles('admin', 'supervisor'),
  'rules.read': anyone,
  'quality_rules.manage': roles('admin', 'supervisor'),
  'supervision.read': (actor, resource) => office(actor) || sameUnit(actor, resource.unitId),
  'supervision.respond': ownUnit('reporter', 'approver'),
  'supervision.decide': roles('supervisor'),
  'hotline.read': (actor, resource) => office(actor) || ofTask(actor, resource),
  'hotline.answer': (actor, resource) =>
    (actor.role === 'reporter' || actor.role === 'approver') && ofTask(actor, resource),
  'notification.read': anyone,
  'backup.manage': roles('admin'),
};

/** The city-wide roles that follow every unit: 市政府办, 督查办, 市领导. */
function office(actor: SignedIn): boolean {
  return actor.role === 'admin' || actor.role === 'supervisor' || actor.role === 'leader';
}

function ofTask(actor: SignedIn, resource: Resource): boolean {
  return (resource.taskUnitIds ?? []).some((unitId) => sameUnit(actor, unitId));
}

function readReport(actor: SignedIn, resource: Resource): boolean {
  if (actor.role === 'admin' || actor.role === 'supervisor' || actor.role === 'leader') return true;
  if (resource.published === true) return true;
  if (sameUnit(actor, resource.unitId)) return true;
  return (resource.leadUnitIds ?? []).some((unitId) => sameUnit(actor, unitId));
}

function sameUnit(actor: SignedIn, unitId: number | null | undefined): boolean {
  return actor.kind === 'account' && actor.unitId !== null && unitId !== undefined && actor.unitId === unitId;
}

export function decide(actor: Actor, action: Action, resource: Resource = {}): Decision {
  if (actor.kind === 'anonymous') {
    if (PUBLIC_ACTIONS.has(action) || (action === 'report.read' && resource.published === true)) return ALLOW;
    return deny('unauthenticated', 'auth.required', 'sign in to do this');
  }
  if (actor.kind === 'account' && actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(action)) {
    return deny('forbidden', 'account.must_change_password', 'change your initial password first');
  }
  if (RULES[action](actor, resource)) return ALLOW;
  return deny('forbidden', 'auth.forbidden', `the ${actor.role} role may not do ${action} here`);
}

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  return decide(actor, action, resource).allowed;
}

/** Throws the policy's refusal as a DomainError; services call this before loading or writing. */
export function assertCan(actor: Actor, action: Action, resource: Resource = {}): void {
  const decision = decide(actor, action, resource);
  if (!decision.allowed) {
    throw new DomainError(decision.code, decision.kind, decision.reason, { action });
  }
}

function deny(kind: 'unauthenticated' | 'forbidden', code: string, reason: string): Decision {
  return { allowed: false, kind, code, reason };
}

export const ANONYMOUS: Actor = { kind: 'anonymous', role: 'public' };
