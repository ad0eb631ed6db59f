// The office dismisses a flag on a filing with a reason: the flag then shows as dismissed (who,
// why, when) for as long as the filing's content stays the one it was raised on; the unit's next
// save is new content, and its flags are judged afresh. Audited; never touches a score.
import { conflict, invalid } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { QualityFlagKind } from '../../core/quality/quality.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Store } from '../store.ts';
import { reportFlags, type ReportFlagsView } from './quality-flags.usecases.ts';

export const DISMISS_REASON_LIMIT = 500;

export async function dismissQualityFlag(input: {
  actor: Actor;
  reportId: number;
  flag: QualityFlagKind;
  reason: string;
  store: Store;
  clock: Clock;
  caches: ProcessCaches;
}): Promise<ReportFlagsView> {
  assertCan(input.actor, 'report.review');
  const reason = input.reason.trim();
  if (reason === '' || reason.length > DISMISS_REASON_LIMIT) {
    throw invalid('quality.reason_required', `give a reason of 1 to ${DISMISS_REASON_LIMIT} characters`, {
      limit: DISMISS_REASON_LIMIT,
    });
  }
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    // Locked, so a save racing the dismissal either lands before it (and is what gets judged) or after.
    await repos.reports.findReport(input.reportId, { forUpdate: true });
    const reference = await input.caches.reference.load(repos);
    const view = await reportFlags(repos, reference, input);
    const filing = view.filing;
    const raised = filing?.flags.filter((flag) => flag.kind === input.flag) ?? [];
    if (!filing || raised.length === 0) {
      throw conflict('quality.flag_not_raised', `the filing carries no ${input.flag} flag now`, {
        flag: input.flag,
      });
    }
    const dismissedBy = input.actor.kind === 'account' ? input.actor.accountId : null;
    const { reportId, contentRev } = filing.version;
    const dismissal = await repos.quality.dismiss({
      reportId,
      contentRev,
      flag: input.flag,
      reason,
      dismissedBy,
      dismissedAt: now,
    });
    if (!dismissal) {
      throw conflict('quality.already_dismissed', `the ${input.flag} flag is already dismissed`, {
        flag: input.flag,
      });
    }
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'quality_flag.dismiss',
        entityType: 'report',
        entityId: reportId,
        after: { flag: input.flag, contentRev, reason, messages: raised.map((flag) => flag.message) },
      }),
    );
    return {
      ...view,
      filing: {
        ...filing,
        flags: filing.flags.map((flag) => (flag.kind === input.flag ? { ...flag, dismissal } : flag)),
      },
    };
  });
}
