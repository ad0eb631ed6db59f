// The supervision hotline (监督电话): the office logs a call or message about a task, the task's
// units are told, and any of them answers. Callers' names stay with the office and leaders.
import { invalid, notFound } from '../../core/errors.ts';
import { cityDate } from '../../core/period/city-date.ts';
import { assertCan, can } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import { notifyUnit } from '../notifications/notify-unit.ts';
import { recordNotices, taskLine } from '../notifications/notify.ts';
import { findUnitsOwingTask } from '../plans/units-owing.ts';
import { actorUnitId, actorAccountId } from '../../core/policy/actor.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { getTask } from './completions.usecases.ts';
import { loadReadable } from '../../core/policy/read-scope.ts';
import type { HotlineAnswerRecord, HotlineChannel, HotlineRecord } from './supervision.types.ts';
import type { ProcessCaches } from '../process-caches.ts';

const CHANNEL_LABELS = {
  phone: '电话',
  message: '短信',
  web: '网上留言',
  letter: '来信',
  visit: '来访',
} as const;

export async function logHotline(input: {
  actor: Actor;
  taskId: number;
  channel: HotlineChannel;
  caller: string | null;
  content: string;
  store: Store;
  caches?: ProcessCaches;
  clock: Clock;
}): Promise<{ message: HotlineRecord; notifiedUnitIds: number[] }> {
  assertCan(input.actor, 'supervision.decide');
  const content = input.content.trim();
  if (content === '') throw invalid('hotline.content_required', 'record what the caller said');
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const task = await getTask(repos, input.taskId);
    const message = await repos.hotline.insert({
      taskId: task.id,
      channel: input.channel,
      caller: input.caller?.trim() || null,
      content,
      loggedAt: now,
      loggedBy: actorAccountId(input.actor),
    });
    await audit(repos, input.actor, now, 'hotline.log', message.id, {
      taskId: task.id,
      channel: message.channel,
    });
    const unitIds = await taskUnitIds(repos, task.id, now, input.caches);
    const title = `监督电话反映第${task.seq}项(${CHANNEL_LABELS[message.channel]})`;
    for (const unitId of unitIds) {
      const lines = [taskLine(task), `反映内容:${content}`];
      const key = `hotline:${message.id}:${unitId}`;
      await notifyUnit(
        repos,
        { kind: 'hotline', key, unitId, taskId: task.id, periodId: null, title, lines },
        now,
      );
    }
    return { message, notifiedUnitIds: unitIds };
  });
}

export async function answerHotline(input: {
  actor: Actor;
  messageId: number;
  text: string;
  store: Store;
  caches?: ProcessCaches;
  clock: Clock;
}): Promise<{ answer: HotlineAnswerRecord }> {
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    let unitsOfTask: number[] = [];
    const message = await loadReadable({
      actor: input.actor,
      load: () => repos.hotline.find(input.messageId),
      readable: async (found) => {
        unitsOfTask = await taskUnitIds(repos, found.taskId, now, input.caches);
        return can(input.actor, 'hotline.read', { taskUnitIds: unitsOfTask });
      },
      missing: () => notFound('hotline.not_found', `no hotline record ${input.messageId}`),
    });
    assertCan(input.actor, 'hotline.answer', { taskUnitIds: unitsOfTask });
    const unitId = actorUnitId(input.actor);
    const text = input.text.trim();
    if (unitId === null) throw new Error('the policy lets only unit accounts answer');
    if (text === '') throw invalid('hotline.answer_required', 'write the answer');
    const answer = await repos.hotline.answer({
      messageId: message.id,
      unitId,
      text,
      answeredAt: now,
      answeredBy: actorAccountId(input.actor),
    });
    await audit(repos, input.actor, now, 'hotline.answer', message.id, { unitId, answerId: answer.id });
    await recordNotices(
      repos,
      [
        {
          key: `hotline:${message.id}:answer:${answer.id}`,
          kind: 'hotline',
          audience: 'office',
          unitId: null,
          taskId: message.taskId,
          periodId: null,
          title: '监督电话反映事项已答复',
          lines: [text],
        },
      ],
      now,
    );
    return { answer };
  });
}

/** The task's hotline history: the office, leaders and the task's own units. */
export async function findTaskHotline(input: {
  actor: Actor;
  taskId: number;
  store: Store;
  caches?: ProcessCaches;
  clock: Clock;
}): Promise<{ messages: HotlineRecord[]; showCallers: boolean }> {
  const { repos } = input.store;
  const task = await getTask(repos, input.taskId);
  assertCan(input.actor, 'hotline.read', {
    taskUnitIds: await taskUnitIds(repos, task.id, input.clock(), input.caches),
  });
  const showCallers =
    input.actor.kind !== 'anonymous' && input.actor.role !== 'reporter' && input.actor.role !== 'approver';
  return { messages: await repos.hotline.findForTask(task.id), showCallers };
}

/** Every unit that owes the task today (lead and co-responsible, groups expanded). */
async function taskUnitIds(
  repos: Repositories,
  taskId: number,
  now: Date,
  caches: ProcessCaches | undefined,
): Promise<number[]> {
  const reference = await caches?.reference.load(repos);
  const { units } = await findUnitsOwingTask({ repos, taskId, asOf: cityDate(now), reference });
  return [...new Set(units.map((unit) => unit.unitId))];
}

async function audit(repos: Repositories, actor: Actor, at: Date, action: string, id: number, after: object) {
  await repos.audit.append(
    auditEvent({ actor, at, action, entityType: 'hotline', entityId: id, before: null, after }),
  );
}
