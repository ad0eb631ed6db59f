// Completion (办结): the lead unit claims a task is done with evidence in words and, if it likes,
// files it uploaded; the office verifies or rejects the claim. A verified task leaves the
// quarterly loop and earns its lead the on-time credit in the assessment.
import { conflict, DomainError, invalid, notFound } from '../../core/errors.ts';
import { cityDate } from '../../core/period/city-date.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { CompletionDecision } from '../../core/supervision/completion.ts';
import { assertClaim, COMPLETION_LABELS, decideCompletion } from '../../core/supervision/completion.ts';
import { auditEvent } from '../audit/audit.ts';
import { notifyUnit } from '../notifications/notify-unit.ts';
import { recordNotices, taskLine } from '../notifications/notify.ts';
import { findUnitsOwingTask } from '../plans/units-owing.ts';
import { assertUnitAction, actorAccountId } from '../../core/policy/actor.ts';
import type { TaskWithIndicators } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import type { CompletionRecord } from './supervision.types.ts';
import { decideLockedRequest, type OfficeDecisionInput } from './decide-request.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Reference } from '../reference/reference-cache.ts';

export async function claimCompletion(input: {
  actor: Actor;
  taskId: number;
  evidence: string;
  attachmentIds: number[];
  store: Store;
  clock: Clock;
  caches?: ProcessCaches;
}): Promise<{ completion: CompletionRecord }> {
  const unitId = assertUnitAction(input.actor, 'supervision.respond');
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const task = await getTask(repos, input.taskId);
    const reference = await input.caches?.reference.load(repos);
    await assertLead(repos, { taskId: task.id, unitId, on: cityDate(now), reference });
    await assertOwnFiles(repos, input.attachmentIds, unitId);
    const claims = await repos.completions.findForTasks([task.id]);
    assertClaim({ evidence: input.evidence, openStates: claims.map((claim) => claim.state) });
    const completion = await repos.completions.insert({
      taskId: task.id,
      unitId,
      evidence: input.evidence.trim(),
      attachmentIds: [...new Set(input.attachmentIds)],
      claimedAt: now,
      claimedBy: actorAccountId(input.actor),
    });
    if (!completion) throw conflict('completion.pending', 'another claim for the task is open');
    const audit = {
      actor: input.actor,
      at: now,
      action: 'completion.claim',
      before: null,
      after: completion,
    };
    await auditCompletion(repos, audit);
    const title = `第${task.seq}项申请办结`;
    await notifyCompletion(
      repos,
      { completion, step: 'claim', toOffice: true, title, lines: [taskLine(task)] },
      now,
    );
    return { completion };
  });
}

interface DecisionInput extends OfficeDecisionInput {
  completionId: number;
}

export const verifyCompletion = (input: DecisionInput) => decide('verify', input);
export const rejectCompletion = (input: DecisionInput) => decide('reject', input);

async function decide(
  decision: CompletionDecision,
  input: DecisionInput,
): Promise<{ completion: CompletionRecord }> {
  const claim = {
    lock: (repos: Repositories) => repos.completions.find(input.completionId, { forUpdate: true }),
    missing: () => notFound('completion.not_found', `no completion claim ${input.completionId}`),
  };
  return decideLockedRequest(input, claim, async ({ repos, before, now, reason }) => {
    const state = decideCompletion(before.state, decision, reason);
    const completion = await repos.completions.decide(before.id, {
      state,
      decidedAt: now,
      decidedBy: actorAccountId(input.actor),
      decisionReason: reason === '' ? null : reason,
      verifiedOn: state === 'verified' ? cityDate(now) : null,
    });
    const audit = {
      actor: input.actor,
      at: now,
      action: `completion.${decision}`,
      before,
      after: completion,
    };
    await auditCompletion(repos, audit);
    const task = await getTask(repos, completion.taskId);
    const title = `第${task.seq}项办结申请${COMPLETION_LABELS[state]}`;
    const lines = [taskLine(task), ...(reason === '' ? [] : [`意见:${reason}`])];
    await notifyCompletion(repos, { completion, step: decision, toOffice: false, title, lines }, now);
    return { completion };
  });
}

export async function getTask(repos: Repositories, taskId: number): Promise<TaskWithIndicators> {
  const task = await repos.reports.findTask(taskId);
  if (!task) throw notFound('task.not_found', `no task ${taskId}`, { taskId });
  return task;
}

async function assertLead(
  repos: Repositories,
  input: { taskId: number; unitId: number; on: string; reference: Reference | undefined },
) {
  const { taskId, on: asOf, reference } = input;
  const { units } = await findUnitsOwingTask({ repos, taskId, asOf, reference });
  if (!units.some((unit) => unit.unitId === input.unitId && unit.role === 'lead')) {
    throw new DomainError('completion.not_lead', 'forbidden', 'only the task’s lead unit claims completion', {
      taskId: input.taskId,
    });
  }
}

async function notifyCompletion(
  repos: Repositories,
  notice: { completion: CompletionRecord; step: string; toOffice: boolean; title: string; lines: string[] },
  now: Date,
): Promise<void> {
  const { completion, toOffice, title, lines } = notice;
  const key = `completion:${completion.id}:${notice.step}`;
  const about = { taskId: completion.taskId, periodId: null, title, lines };
  if (!toOffice) {
    await notifyUnit(repos, { kind: 'completion', key, unitId: completion.unitId, ...about }, now);
    return;
  }
  await recordNotices(repos, [{ key, kind: 'completion', audience: 'office', unitId: null, ...about }], now);
}

async function assertOwnFiles(repos: Repositories, ids: readonly number[], unitId: number): Promise<void> {
  const files = await repos.reports.findAttachments([...new Set(ids)]);
  const mine = new Set(files.filter((file) => file.unitId === unitId).map((file) => file.id));
  const foreign = ids.filter((id) => !mine.has(id));
  if (foreign.length > 0) {
    throw invalid('completion.attachment_not_found', 'attach only files your unit uploaded', {
      attachmentIds: foreign,
    });
  }
}

async function auditCompletion(
  repos: Repositories,
  input: { actor: Actor; at: Date; action: string; before: CompletionRecord | null; after: CompletionRecord },
): Promise<void> {
  const state = (claim: CompletionRecord | null) =>
    claim && { state: claim.state, verifiedOn: claim.verifiedOn };
  await repos.audit.append(
    auditEvent({
      actor: input.actor,
      at: input.at,
      action: input.action,
      entityType: 'completion',
      entityId: input.after.id,
      before: state(input.before),
      after: state(input.after),
    }),
  );
}
