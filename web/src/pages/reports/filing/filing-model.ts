// Which filing of a task-period view is the unit's own, where the form starts, and what it may do.
import type { Role } from '../../../api/auth.ts';
import type { Report, StoredContent, TaskPeriodView } from '../../../api/reports.types.ts';
import type { FieldIssues } from './content-issues.ts';
import type { FilingAct } from './FilingActions.tsx';
import type { Draft } from './use-filing-draft.ts';

export const EMPTY_DRAFT: Draft = {
  progress: '',
  selfStatus: null,
  percentComplete: null,
  indicatorActuals: [],
  problems: '',
  nextSteps: '',
  attachments: [],
};

export function myFiling(view: TaskPeriodView, unitId: number | null): Report | null {
  const list = view.myRole === 'lead' ? view.taskReports : view.unitInputs;
  return list.find((report) => report.unit.id === unitId) ?? null;
}

/** Only the content fields: the server refuses anything else in a save. */
function fromContent(content: Omit<StoredContent, 'attachmentIds'>): Omit<Draft, 'attachments'> {
  return {
    progress: content.progress,
    selfStatus: content.selfStatus,
    percentComplete: content.percentComplete,
    indicatorActuals: content.indicatorActuals.map((actual) => ({ ...actual })),
    problems: content.problems,
    nextSteps: content.nextSteps,
  };
}

/** The unit's saved content; before the first save, last quarter's (without its evidence files). */
export function startingDraft(view: TaskPeriodView, mine: Report | null): Draft {
  if (mine?.content) return { ...fromContent(mine.content), attachments: mine.content.attachments };
  if (view.prefill) return { ...fromContent(view.prefill), attachments: [] };
  return EMPTY_DRAFT;
}

export function isEditable(view: TaskPeriodView, mine: Report | null): boolean {
  if (view.period.state === 'closed') return false;
  return mine === null || mine.allowedEvents.includes('save');
}

export function allowedActs(role: Role, editable: boolean, mine: Report | null): FilingAct[] {
  if (role === 'approver') {
    if (editable) return ['save', 'save-next', 'sign-off'];
    // A submitted filing: back to the clerk with reasons, corrected and signed off, or signed off.
    return mine?.allowedEvents.includes('sign_off') ? ['send-back', 'revise', 'sign-off'] : [];
  }
  if (role === 'reporter') {
    if (editable) return ['save', 'save-next', 'submit'];
    // Until the approver signs it off, the clerk may take it back to fix a slip.
    if (mine?.allowedEvents.includes('withdraw')) return ['withdraw'];
  }
  return [];
}

/** The approver's reasons when the filing's last step was a send-back to the clerk. */
export function sentBackReasons(report: Report): string | null {
  if (report.state !== 'draft') return null;
  const last = [...report.revisions].reverse().find((revision) => revision.event !== 'save');
  return last?.event === 'send_back' ? (last.reason ?? '') : null;
}

/** What a filing needs before it leaves the clerk: a narrative and a status. */
export function missingForSubmit(draft: Draft): FieldIssues {
  return {
    ...(draft.progress.trim() === '' ? { progress: '提交前请填写进展情况' } : {}),
    ...(draft.selfStatus === null ? { selfStatus: '提交前请选择当前状态' } : {}),
  };
}

/** Appends a quoted co-unit text to the narrative on a new line. */
export function appendQuote(narrative: string, quote: string): string {
  return narrative.trim() === '' ? quote : `${narrative.replace(/\s+$/, '')}\n${quote}`;
}
