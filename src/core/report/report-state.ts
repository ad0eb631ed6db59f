// The report's life: saved as a draft, submitted to the unit's approver, signed off to the office,
// then accepted (final) or returned with reasons, revised and submitted again.
import { conflict, invalid, type DomainError } from '../errors.ts';
import type { ReportState, RevisionEvent, TransitionEvent } from './report.types.ts';

interface Transition {
  from: readonly ReportState[];
  to: ReportState;
}

const TRANSITION_EVENTS: readonly TransitionEvent[] = [
  'submit',
  'withdraw',
  'send_back',
  'sign_off',
  'return',
  'accept',
];

const TRANSITIONS: Record<TransitionEvent, Transition> = {
  // A returned report goes back through the unit's approver: the office only hears from a unit
  // through its responsible leader.
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  // Corrections inside the unit: the filing has not reached the office, so it goes back to a
  // draft (never 'returned', which is the office's verdict and counts in the assessment).
  withdraw: { from: ['submitted'], to: 'draft' },
  send_back: { from: ['submitted'], to: 'draft' },
  sign_off: { from: ['submitted'], to: 'signed_off' },
  return: { from: ['signed_off'], to: 'returned' },
  accept: { from: ['signed_off'], to: 'accepted' },
};

/** States in which the unit may still change the content. */
export const EDITABLE_STATES: readonly ReportState[] = ['draft', 'returned'];

export const MAX_REASON_LENGTH = 2000;

export function isEditable(state: ReportState): boolean {
  return EDITABLE_STATES.includes(state);
}

function alreadyAccepted(reportId: number | null) {
  return conflict('report.already_accepted', 'the report was accepted; it can no longer change', {
    reportId,
  });
}

/** Refuses a save unless the report is a draft or was returned. */
export function assertEditable(state: ReportState, reportId: number | null = null): void {
  const refusal = editRefusal(state, reportId);
  if (refusal) throw refusal;
}

/** Why a report in this state cannot be edited, or null when `editable` (by default: draft, returned) holds it. */
export function editRefusal(
  state: ReportState,
  reportId: number | null,
  editable: readonly ReportState[] = EDITABLE_STATES,
): DomainError | null {
  if (state === 'accepted') return alreadyAccepted(reportId);
  if (editable.includes(state)) return null;
  return conflict('report.not_editable', `a ${state} report cannot be edited`, { reportId, state });
}

/** The state an event leads to, or the refusal when the report is not in a state that allows it. */
export function nextState(state: ReportState, event: TransitionEvent, reportId: number | null = null) {
  if (state === 'accepted') throw alreadyAccepted(reportId);
  const transition = TRANSITIONS[event];
  if (!transition.from.includes(state)) {
    throw conflict('report.invalid_transition', `a ${state} report cannot take '${event}'`, {
      reportId,
      state,
      event,
      allowedFrom: [...transition.from],
    });
  }
  return transition.to;
}

/** What can happen next to a report in this state, for the pages' buttons. */
export function allowedEvents(state: ReportState): RevisionEvent[] {
  const events: RevisionEvent[] = isEditable(state) ? ['save'] : [];
  for (const event of TRANSITION_EVENTS) {
    if (TRANSITIONS[event].from.includes(state)) events.push(event);
  }
  if (state === 'submitted') events.push('revise');
  return events;
}

/** States in which the unit's approver may edit the filing before signing it off. */
export function assertRevisable(state: ReportState, reportId: number | null = null): void {
  if (state === 'accepted') throw alreadyAccepted(reportId);
  if (state !== 'submitted') {
    throw conflict('report.invalid_transition', `a ${state} report cannot take 'revise'`, {
      reportId,
      state,
      event: 'revise',
      allowedFrom: ['submitted'],
    });
  }
}

/** Whoever returns a filing (the office, or the approver to the clerk) must say why. */
export function returnReasons(text: string | undefined): string {
  const reasons = (text ?? '').trim();
  if (reasons === '') {
    throw invalid('report.reasons_required', 'say why the report is returned', { field: 'reasons' });
  }
  if (reasons.length > MAX_REASON_LENGTH) {
    throw invalid('report.reasons_too_long', `reasons are at most ${MAX_REASON_LENGTH} characters`, {
      field: 'reasons',
    });
  }
  return reasons;
}
