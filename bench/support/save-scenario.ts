// Saving inputs under load: each request saves one Q4 draft that no other request in flight holds,
// from the revision the last save of that draft answered, so saves succeed rather than collide.
import type { Options } from 'autocannon';
import type { BenchYear, Slot } from './bench-year.ts';

export interface Scenario {
  name: string;
  options: Pick<Options, 'requests'>;
}

interface Draft extends Slot {
  rev: number;
  headers: Record<string, string>;
}

interface SaveContext {
  draft?: Draft;
}

/** Drafts of many units and tasks, handed out to requests in turn and returned with their new revision. */
export function saveScenario(year: BenchYear, pool = 400): Scenario {
  const free: Draft[] = year.drafts
    .filter((_, i) => i % Math.max(1, Math.floor(year.drafts.length / pool)) === 0)
    .map((slot) => ({
      ...slot,
      rev: 1,
      headers: { ...year.reporterOf.get(slot.unitId), 'content-type': 'application/json' },
    }));
  let saves = 0;
  return {
    name: 'input save',
    options: {
      requests: [
        {
          method: 'PUT',
          setupRequest: (request, context: SaveContext) => {
            const draft = free.shift();
            if (!draft) throw new Error('more requests in flight than drafts');
            context.draft = draft;
            const path = draft.kind === 'task_report' ? 'task-report' : 'unit-input';
            saves += 1;
            return {
              ...request,
              path: `/api/tasks/${draft.taskId}/periods/2024-Q4/${path}`,
              headers: draft.headers,
              body: JSON.stringify({
                baseRev: draft.rev,
                progress: `第${saves}次保存:项目推进情况更新`,
                percentComplete: saves % 101,
              }),
            };
          },
          onResponse: (status, body, context: SaveContext) => {
            const { draft } = context;
            if (!draft) return;
            draft.rev = nextRev(status, body) ?? draft.rev;
            free.push(draft);
          },
        },
      ],
    },
  };
}

/** The revision to save from next: the saved one, or the current one a 409 names. */
function nextRev(status: number, body: string): number | null {
  if (status === 200) return (JSON.parse(body) as { report: { rev: number } }).report.rev;
  if (status === 409)
    return (
      (JSON.parse(body) as { error: { details: { currentRev?: number } } }).error.details.currentRev ?? null
    );
  return null;
}
