// Quality flags and the quarter comparison -> API shapes.
import type { z } from 'zod';
import { QUALITY_FLAG_LABELS } from '../../core/quality/quality.types.ts';
import type { FilingFlags, RaisedFlag } from '../../services/quality/quality-engine.ts';
import type { PeriodFlagsView, ReportFlagsView } from '../../services/quality/quality-flags.usecases.ts';
import type { QualityVersion } from '../../services/quality/quality.types.ts';
import type { QuarterComparison } from '../../services/quality/quarter-compare.usecases.ts';
import type {
  PeriodFlagsSchema,
  QualityEvidenceSchema,
  QuarterComparisonSchema,
  ReportFlagsSchema,
} from '../../contracts/quality.schema.ts';

type Scope = PeriodFlagsView['scope'];

function dismissalOf(flag: RaisedFlag) {
  const { dismissal } = flag;
  return dismissal
    ? { reason: dismissal.reason, by: dismissal.dismissedByName, at: dismissal.dismissedAt.toISOString() }
    : null;
}

const summaryOf = (flag: RaisedFlag) => ({
  kind: flag.kind,
  label: QUALITY_FLAG_LABELS[flag.kind],
  message: flag.message,
  dismissal: dismissalOf(flag),
});

function refOf(scope: Scope, filing: FilingFlags) {
  const { version } = filing;
  return {
    reportId: version.reportId,
    taskId: version.taskId,
    unitId: version.unitId,
    unitName: scope.unitName(version.unitId),
    kind: version.kind,
    rev: version.rev,
    contentRev: version.contentRev,
  };
}

export function presentPeriodFlags(view: PeriodFlagsView): z.output<typeof PeriodFlagsSchema> {
  return {
    period: view.scope.period.key,
    labels: { ...QUALITY_FLAG_LABELS },
    filings: view.filings.map((filing) => ({
      ...refOf(view.scope, filing),
      flags: filing.flags.map(summaryOf),
    })),
  };
}

export function presentReportFlags(view: ReportFlagsView): z.output<typeof ReportFlagsSchema> {
  const { filing } = view;
  return {
    reportId: view.reportId,
    period: view.scope.period.key,
    filing: filing && {
      ...refOf(view.scope, filing),
      flags: filing.flags.map((flag) => ({
        ...summaryOf(flag),
        evidence: flag.evidence satisfies z.output<typeof QualityEvidenceSchema>,
      })),
      skipped: filing.skipped.map((skip) => ({ ...skip, label: QUALITY_FLAG_LABELS[skip.kind] })),
    },
  };
}

function versionOf(version: QualityVersion | null, periodKey: string | null) {
  if (!version || periodKey === null) return null;
  const { content } = version;
  return {
    reportId: version.reportId,
    period: periodKey,
    state: version.state,
    progress: content.progress,
    problems: content.problems,
    nextSteps: content.nextSteps,
    selfStatus: content.selfStatus,
    percentComplete: content.percentComplete,
    indicators: content.indicatorActuals.map(({ indicatorId, value }) => ({ indicatorId, value })),
    evidenceCount: content.attachmentIds.length,
  };
}

export function presentComparison(view: QuarterComparison): z.output<typeof QuarterComparisonSchema> {
  const { task } = view;
  return {
    task: {
      id: task.id,
      seq: task.seq,
      text: task.text,
      indicators: task.indicators.map(({ id, metric, unit, raw }) => ({ id, metric, unit, raw })),
    },
    period: view.scope.period.key,
    previousPeriod: view.previousKey,
    units: view.units.map((unit) => ({
      unitId: unit.unitId,
      name: unit.name,
      role: unit.role,
      kind: unit.kind,
      current: versionOf(unit.current, view.scope.period.key),
      previous: versionOf(unit.previous, view.previousKey),
      changes: unit.changes.map((change) => ({ field: change.field, runs: change.runs })),
    })),
  };
}
