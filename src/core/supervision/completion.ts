// Completion claims (办结): the lead unit says a task is done, the office verifies or rejects the
// claim. A verified task leaves the quarterly loop: quarters that begin on or after the day of the
// verification owe no more filings for it, while the quarter it was verified in is still filed.
import { conflict, invalid } from '../errors.ts';
import type { IsoDate } from '../period/period.ts';
import { quarterStart } from '../period/period.ts';
import { daysBetween } from './deadlines.ts';

export type CompletionState = 'claimed' | 'verified' | 'rejected';
export type CompletionDecision = 'verify' | 'reject';

export const COMPLETION_LABELS = {
  claimed: '待核验',
  verified: '已核验办结',
  rejected: '核验未通过',
} as const satisfies Record<CompletionState, string>;

/** The most a claim's evidence in words may hold. */
export const MAX_EVIDENCE_LENGTH = 4000;

/** A claim needs its evidence in words; files are optional, screenshots never required. */
export function assertClaim(input: { evidence: string; openStates: readonly CompletionState[] }): void {
  if (input.evidence.trim() === '') {
    throw invalid('completion.evidence_required', 'describe what shows the task is complete');
  }
  if (input.openStates.includes('verified')) {
    throw conflict('completion.already_verified', 'the task’s completion is verified already');
  }
  if (input.openStates.includes('claimed')) {
    throw conflict('completion.pending', 'a completion claim for this task awaits the office');
  }
}

export function decideCompletion(
  state: CompletionState,
  decision: CompletionDecision,
  reason: string,
): CompletionState {
  if (state !== 'claimed') {
    throw conflict('completion.decided', `the claim is ${state} already`, { state, decision });
  }
  if (decision === 'reject' && reason.trim() === '') {
    throw invalid('completion.reason_required', 'say why the claim is rejected');
  }
  return decision === 'verify' ? 'verified' : 'rejected';
}

/** Whether a task verified complete on `verifiedOn` still owes filings for the period. */
export function owedAfterCompletion(period: string, verifiedOn: IsoDate): boolean {
  return daysBetween(quarterStart(period), verifiedOn) > 0;
}

/** Tasks that owe nothing more in the period because the office verified their completion earlier. */
export function tasksLeftLoop(
  completions: readonly { taskId: number; state: CompletionState; verifiedOn: IsoDate | null }[],
  period: string,
): Set<number> {
  const left = new Set<number>();
  for (const completion of completions) {
    const { verifiedOn } = completion;
    if (completion.state === 'verified' && verifiedOn !== null && !owedAfterCompletion(period, verifiedOn)) {
      left.add(completion.taskId);
    }
  }
  return left;
}
