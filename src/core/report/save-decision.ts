// Whether a save of a filing goes through, and what it writes. Every path that saves (the
// one-statement autosave, the locked transaction) asks this one decision; the paths only choose how
// to write what it answers.
import type { DomainError } from '../errors.ts';
import type { Role } from '../policy/policy.types.ts';
import { carriedOver, checkContent, mergeContent, type ContentRules } from './report-content.ts';
import { EDITABLE_STATES, editRefusal } from './report-state.ts';
import type { IndicatorActual, ReportContent, ReportContentPatch, ReportState } from './report.types.ts';
import { EMPTY_CONTENT } from './report.types.ts';
import { staleRevision } from './stale-revision.ts';

/** The filing as it stands: its state, current revision and that revision's content. */
export interface StoredFiling {
  id: number;
  state: ReportState;
  currentRev: number;
  content: ReportContent;
}

export interface SaveRules {
  /** What the content is checked against (the task's indicators; the limits are CONTENT_LIMITS). */
  content: ContentRules;
  /** The states in which each role may save the filing; a role not named saves in none. */
  editableStates: Readonly<Partial<Record<Role, readonly ReportState[]>>>;
}

/** A unit's clerk and its approver both save a draft or a returned filing, and nothing else. */
export const EDITABLE_BY_ROLE = {
  reporter: EDITABLE_STATES,
  approver: EDITABLE_STATES,
} as const satisfies SaveRules['editableStates'];

export interface SaveRequest {
  /** The filing as stored now; null before its first save. */
  filing: StoredFiling | null;
  /** What a first save starts from: last quarter's filing, carried over; null starts empty. */
  previous: ReportContent | null;
  /** The role of whoever saves. */
  role: Role;
  /** The revision the edit started from; 0 for a filing not saved yet. */
  baseRev: number;
  patch: ReportContentPatch;
  rules: SaveRules;
  now: Date;
}

/** What a save that goes through writes. */
export interface SaveWrite {
  /** The filing's content after the save, trimmed. */
  content: ReportContent;
  /** The revision the save writes; for a no-op, the current one, which stays. */
  rev: number;
  /** The content is the current revision's already: nothing is written. */
  noop: boolean;
  /** The files the content carries differ from the current revision's (always so for a first save). */
  attachmentsChanged: boolean;
  /** When the revision is written and the filing last changed. */
  at: Date;
}

export type SaveDecision = { refusal: DomainError; write?: never } | { refusal?: never; write: SaveWrite };

export function decideSave(request: SaveRequest): SaveDecision {
  const { filing, baseRev } = request;
  const editable = request.rules.editableStates[request.role] ?? [];
  if (!filing) {
    // A first save makes a draft.
    const notEditable = editRefusal('draft', null, editable);
    if (notEditable) return { refusal: notEditable };
    if (baseRev !== 0) return { refusal: staleRevision(null, baseRev) };
    const base = request.previous ? carriedOver(request.previous) : EMPTY_CONTENT;
    const checked = checkContent(mergeContent(base, request.patch), request.rules.content);
    if (checked.refusal) return { refusal: checked.refusal };
    const content = checked.content;
    return { write: { content, rev: 1, noop: false, attachmentsChanged: true, at: request.now } };
  }
  const notEditable = editRefusal(filing.state, filing.id, editable);
  if (notEditable) return { refusal: notEditable };
  if (baseRev !== filing.currentRev) return { refusal: staleRevision(filing, baseRev, filing.content) };
  const checked = checkContent(mergeContent(filing.content, request.patch), request.rules.content);
  if (checked.refusal) return { refusal: checked.refusal };
  const { content } = checked;
  const noop = sameContent(content, filing.content);
  const write = {
    content,
    rev: noop ? filing.currentRev : filing.currentRev + 1,
    noop,
    attachmentsChanged: !sameIds(content.attachmentIds, filing.content.attachmentIds),
    at: request.now,
  };
  return { write };
}

function sameContent(a: ReportContent, b: ReportContent): boolean {
  return (
    a.progress === b.progress &&
    a.selfStatus === b.selfStatus &&
    a.percentComplete === b.percentComplete &&
    a.problems === b.problems &&
    a.nextSteps === b.nextSteps &&
    sameIds(a.attachmentIds, b.attachmentIds) &&
    a.indicatorActuals.length === b.indicatorActuals.length &&
    a.indicatorActuals.every((actual, i) => sameActual(actual, b.indicatorActuals[i]))
  );
}

function sameActual(a: IndicatorActual, b: IndicatorActual | undefined): boolean {
  return (
    b !== undefined &&
    a.indicatorId === b.indicatorId &&
    a.value === b.value &&
    (a.note ?? '') === (b.note ?? '')
  );
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
