// Who acts, what they want to do, and on which record: the inputs of the authorization policy.

export type AccountRole = 'admin' | 'supervisor' | 'reporter' | 'approver' | 'leader';
export type Role = AccountRole | 'public';

export const ACCOUNT_ROLES = ['admin', 'supervisor', 'reporter', 'approver', 'leader'] as const;
/** Roles that belong to a unit (填报员, 审核/签发) and act only on that unit's records. */
export const UNIT_ROLES = ['reporter', 'approver'] as const;

export type Actor =
  /** A citizen, the press or anyone not signed in. */
  | { kind: 'anonymous'; role: 'public' }
  | {
      kind: 'account';
      accountId: number;
      role: AccountRole;
      /** Set for reporter and approver, null for the others. */
      unitId: number | null;
      /** An account with an initial or reset password may only change it (and sign out). */
      mustChangePassword: boolean;
    }
  /** The operator running `duban` on the server host; acts with the admin's rights. */
  | { kind: 'system'; role: 'admin'; label: string };

export type Action =
  | 'session.read'
  | 'session.logout'
  | 'account.change_own_password'
  | 'account.manage'
  | 'unit.manage'
  | 'plan.read'
  | 'plan.manage'
  | 'period.manage'
  | 'period.close'
  | 'report.read'
  | 'report.edit'
  | 'report.submit'
  | 'report.sign_off'
  | 'report.review'
  | 'warning.issue'
  | 'dashboard.read'
  | 'audit.read'
  /** Published rules (lights, escalation, scoring, calendar): every signed-in account. */
  | 'rules.read'
  /** The plan's quality settings (stock phrases, thresholds): 督查办 and the admin read and change them. */
  | 'quality_rules.manage'
  /** Lights, cards, extensions, completions, assessment statements: the office and leaders all, a unit its own. */
  | 'supervision.read'
  /** A unit's answer to the office: rectification, extension request, completion claim. */
  | 'supervision.respond'
  /** The office's decisions: card steps, extension and completion decisions, hotline records. */
  | 'supervision.decide'
  /** Hotline records of a task: the office, leaders and the task's units. */
  | 'hotline.read'
  | 'hotline.answer'
  /** The notification centre of the actor's unit (or the office's). */
  | 'notification.read'
  /** The server's backups: see them, download one, take one now (the whole database: admin only). */
  | 'backup.manage';

/** What the policy needs to know about the record acted on; empty for system-wide actions. */
export interface Resource {
  /** The unit that owns the record (the unit that files a report). */
  unitId?: number | null;
  /** Lead units of the record's task: they see their co-units' inputs to file the task's report. */
  leadUnitIds?: readonly number[];
  /** True once the supervision office has published the record. */
  published?: boolean;
  /** Every unit that owes the record's task (lead and co-responsible, groups expanded). */
  taskUnitIds?: readonly number[];
}

export type Decision =
  { allowed: true } | { allowed: false; kind: 'unauthenticated' | 'forbidden'; code: string; reason: string };
