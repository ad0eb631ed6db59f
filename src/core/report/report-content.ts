// What a filing may contain. Drafts may be partial; a submitted filing needs at least the
// progress narrative and the self-assessed status. Every problem is reported, not just the first.
import { invalid, type DomainError } from '../errors.ts';
import type { ReportContent, ReportContentPatch } from './report.types.ts';
import { SELF_STATUSES } from './report.types.ts';

export const CONTENT_LIMITS = {
  progress: 20_000,
  problems: 5_000,
  nextSteps: 5_000,
  indicatorNote: 500,
  attachments: 30,
} as const;

export interface ContentIssue {
  /** Field path within the content: 'percentComplete', 'indicatorActuals.1.indicatorId'. */
  path: string;
  code: string;
  message: string;
}

/** The task's facts the content is checked against. */
export interface ContentRules {
  indicatorIds: readonly number[];
}

/** Only the content of a revision (or anything carrying it), without its bookkeeping. */
export function contentOf(revision: ReportContent): ReportContent {
  const { progress, selfStatus, percentComplete, indicatorActuals, problems, nextSteps, attachmentIds } =
    revision;
  return { progress, selfStatus, percentComplete, indicatorActuals, problems, nextSteps, attachmentIds };
}

/** Starts from `base` (the current revision, or last quarter's) and applies the fields given. */
export function mergeContent(base: ReportContent, patch: ReportContentPatch): ReportContent {
  // null is a value (clear the status), only undefined means "keep".
  const keep = <T>(given: T | undefined, current: T): T => (given === undefined ? current : given);
  return {
    progress: keep(patch.progress, base.progress),
    selfStatus: keep(patch.selfStatus, base.selfStatus),
    percentComplete: keep(patch.percentComplete, base.percentComplete),
    indicatorActuals: keep(patch.indicatorActuals, base.indicatorActuals),
    problems: keep(patch.problems, base.problems),
    nextSteps: keep(patch.nextSteps, base.nextSteps),
    attachmentIds: keep(patch.attachmentIds, base.attachmentIds),
  };
}

export function contentIssues(content: ReportContent, rules: ContentRules): ContentIssue[] {
  return [
    ...textIssues(content),
    ...statusIssues(content),
    ...indicatorIssues(content, rules),
    ...attachmentIssues(content),
  ];
}

/** Throws every issue at once as report.invalid_content; returns the content trimmed. */
export function validContent(content: ReportContent, rules: ContentRules): ReportContent {
  const checked = checkContent(content, rules);
  if (checked.refusal) throw checked.refusal;
  return checked.content;
}

/** The content trimmed, and every issue at once as report.invalid_content (null when there is none). */
export function checkContent(
  content: ReportContent,
  rules: ContentRules,
): { content: ReportContent; refusal: DomainError | null } {
  const trimmed = {
    ...content,
    progress: content.progress.trim(),
    problems: content.problems.trim(),
    nextSteps: content.nextSteps.trim(),
  };
  const issues = contentIssues(trimmed, rules);
  const refusal =
    issues.length > 0 ? invalid('report.invalid_content', 'the filing has problems', { issues }) : null;
  return { content: trimmed, refusal };
}

/** A filing leaves the unit only with a narrative and a self-assessed status. */
export function assertComplete(content: ReportContent): void {
  const missing: string[] = [];
  if (content.progress.trim() === '') missing.push('progress');
  if (content.selfStatus === null) missing.push('selfStatus');
  if (missing.length > 0) {
    throw invalid('report.incomplete', `fill in ${missing.join(' and ')} before submitting`, { missing });
  }
}

function issue(path: string, code: string, message: string): ContentIssue {
  return { path, code, message };
}

function textIssues(content: ReportContent): ContentIssue[] {
  const fields = ['progress', 'problems', 'nextSteps'] as const;
  return fields
    .filter((field) => content[field].length > CONTENT_LIMITS[field])
    .map((field) => issue(field, 'too_long', `at most ${CONTENT_LIMITS[field]} characters`));
}

function statusIssues(content: ReportContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { selfStatus, percentComplete: percent } = content;
  if (selfStatus !== null && !SELF_STATUSES.includes(selfStatus)) {
    issues.push(issue('selfStatus', 'invalid_status', `one of ${SELF_STATUSES.join(', ')}`));
  }
  if (percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100)) {
    issues.push(issue('percentComplete', 'out_of_range', 'a whole number from 0 to 100'));
    return issues;
  }
  // A status that contradicts the percent would mislead the office's lights and the public table.
  if (selfStatus === 'completed' && percent !== null && percent !== 100) {
    issues.push(issue('percentComplete', 'contradicts_status', 'a completed task is 100 percent complete'));
  }
  if (selfStatus === 'not_started' && percent !== null && percent !== 0) {
    issues.push(issue('percentComplete', 'contradicts_status', 'a task not started is 0 percent complete'));
  }
  return issues;
}

function indicatorIssues(content: ReportContent, rules: ContentRules): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Set<number>();
  content.indicatorActuals.forEach((actual, index) => {
    const path = `indicatorActuals.${index}`;
    if (!rules.indicatorIds.includes(actual.indicatorId)) {
      issues.push(issue(`${path}.indicatorId`, 'unknown_indicator', 'not an indicator of this task'));
    } else if (seen.has(actual.indicatorId)) {
      issues.push(issue(`${path}.indicatorId`, 'duplicate', 'this indicator is already given'));
    }
    seen.add(actual.indicatorId);
    if (actual.value !== null && !Number.isFinite(actual.value)) {
      issues.push(issue(`${path}.value`, 'not_a_number', 'a finite number in base units'));
    }
    if ((actual.note ?? '').length > CONTENT_LIMITS.indicatorNote) {
      issues.push(issue(`${path}.note`, 'too_long', `at most ${CONTENT_LIMITS.indicatorNote} characters`));
    }
  });
  return issues;
}

function attachmentIssues(content: ReportContent): ContentIssue[] {
  const ids = content.attachmentIds;
  if (ids.length > CONTENT_LIMITS.attachments) {
    return [issue('attachmentIds', 'too_many', `at most ${CONTENT_LIMITS.attachments} files`)];
  }
  return new Set(ids).size === ids.length
    ? []
    : [issue('attachmentIds', 'duplicate', 'a file is listed twice')];
}

/**
 * Last quarter's filing as the start of this one, so a unit never types the same thing twice.
 * Evidence files stay with the quarter they prove.
 */
export function carriedOver(previous: ReportContent): ReportContent {
  return {
    ...previous,
    indicatorActuals: previous.indicatorActuals.map((a) => ({ ...a })),
    attachmentIds: [],
  };
}
