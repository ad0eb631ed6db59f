// Extension requests (延期申请): a unit asks for a later due date before the current one has
// passed; the office approves (possibly with another date) or denies with a reason.
import { conflict, invalid } from '../errors.ts';
import type { IsoDate } from '../period/period.ts';
import { isLate } from '../period/lateness.ts';
import { daysBetween } from './deadlines.ts';
import type { ExtensionStatus } from './deadlines.ts';

export type ExtensionDecision = 'approve' | 'deny';

export const EXTENSION_LABELS = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
} as const satisfies Record<ExtensionStatus, string>;

export function assertExtensionRequest(input: {
  requestedDueOn: IsoDate;
  /** The unit's due date now (after earlier extensions and calendar shifts). */
  currentDueOn: IsoDate;
  now: Date;
  utcOffsetMinutes: number;
  reason: string;
}): void {
  if (input.reason.trim() === '') throw invalid('extension.reason_required', 'say why more time is needed');
  if (isLate({ dueOn: input.currentDueOn, at: input.now, utcOffsetMinutes: input.utcOffsetMinutes })) {
    throw conflict('extension.too_late', `ask before the due date (${input.currentDueOn}) has passed`, {
      dueOn: input.currentDueOn,
    });
  }
  if (daysBetween(input.currentDueOn, input.requestedDueOn) <= 0) {
    throw invalid('extension.not_later', `the date asked for must come after ${input.currentDueOn}`, {
      dueOn: input.currentDueOn,
      requestedDueOn: input.requestedDueOn,
    });
  }
}

/** The state after the office's decision; an approval grants a date after the plan's due date. */
export function decideExtension(input: {
  status: ExtensionStatus;
  decision: ExtensionDecision;
  baseDueOn: IsoDate;
  grantedDueOn: IsoDate;
  reason: string;
}): ExtensionStatus {
  if (input.status !== 'pending') {
    throw conflict('extension.decided', `the request is ${input.status} already`, { status: input.status });
  }
  if (input.decision === 'deny') {
    if (input.reason.trim() === '') throw invalid('extension.reason_required', 'say why it is denied');
    return 'rejected';
  }
  if (daysBetween(input.baseDueOn, input.grantedDueOn) <= 0) {
    throw invalid('extension.not_later', `the new due date must come after ${input.baseDueOn}`, {
      dueOn: input.baseDueOn,
      grantedDueOn: input.grantedDueOn,
    });
  }
  return 'approved';
}
