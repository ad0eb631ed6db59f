// Evidence files: a unit uploads a file (checked by its content, fingerprinted with SHA-256), lists
// it in a filing, and whoever may see that filing's version may download it.
import { createHash } from 'node:crypto';
import { DomainError, notFound } from '../../core/errors.ts';
import { can } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { evidenceTypeOf, safeFileName } from '../../core/report/evidence-type.ts';
import { revisionVisible } from '../../core/report/visibility.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import { findUnitsOwing } from './owing-units.ts';
import { actorAccountId, assertUnitAction, actorUnitId } from '../../core/policy/actor.ts';
import { visibilityOf } from './report-views.ts';
import type { AttachmentRecord } from './reports.types.ts';

/** The default largest evidence file: scans of signed documents run to a few megabytes. */
export const DEFAULT_ATTACHMENT_LIMIT_BYTES = 20 * 1024 * 1024;

export function attachmentTooLarge(limitBytes: number): DomainError {
  return new DomainError('attachment.too_large', 'too_large', `a file may be at most ${limitBytes} bytes`, {
    limitBytes,
  });
}

export async function uploadAttachment(input: {
  actor: Actor;
  fileName: string;
  content: Uint8Array;
  limitBytes?: number;
  store: Store;
  clock: Clock;
}): Promise<{ attachment: AttachmentRecord }> {
  const unitId = assertUnitAction(input.actor, 'report.edit');
  const limit = input.limitBytes ?? DEFAULT_ATTACHMENT_LIMIT_BYTES;
  if (input.content.byteLength > limit) throw attachmentTooLarge(limit);
  const fileName = safeFileName(input.fileName);
  const type = evidenceTypeOf(input.content, fileName);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const attachment = await repos.reports.insertAttachment({
      unitId,
      fileName,
      mediaType: type.mediaType,
      sizeBytes: input.content.byteLength,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      content: input.content,
      uploadedBy: actorAccountId(input.actor),
      uploadedAt: now,
    });
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'attachment.upload',
        entityType: 'attachment',
        entityId: attachment.id,
        after: attachment,
      }),
    );
    return { attachment };
  });
}

/** The file and its bytes, for its unit and for whoever may see a filed version that lists it. */
export async function getAttachmentFile(input: {
  actor: Actor;
  attachmentId: number;
  store: Store;
}): Promise<{ attachment: AttachmentRecord; content: Uint8Array }> {
  const { repos } = input.store;
  const [attachment] = await repos.reports.findAttachments([input.attachmentId]);
  const missing = notFound('attachment.not_found', `no attachment ${input.attachmentId}`, {
    attachmentId: input.attachmentId,
  });
  if (!attachment || !(await maySee(input.store, input.actor, attachment))) throw missing;
  const content = await repos.reports.findAttachmentContent(attachment.id);
  if (!content) throw missing;
  return { attachment, content };
}

async function maySee(store: Store, actor: Actor, attachment: AttachmentRecord): Promise<boolean> {
  const ownUnit = actorUnitId(actor) === attachment.unitId;
  if (ownUnit && can(actor, 'report.read', { unitId: attachment.unitId })) return true;
  if (attachment.reportId === null) return false;
  const { repos } = store;
  const report = await repos.reports.findReport(attachment.reportId);
  const period = report ? await repos.reports.findPeriodById(report.periodId) : null;
  if (!report || !period) return false;
  const owing = await findUnitsOwing(repos, { period, taskId: report.taskId });
  const leads = owing.filter((unit) => unit.role === 'lead').map((unit) => unit.unitId);
  const visibility = visibilityOf(
    { actor, periodKey: period.key, leadUnitIds: () => leads, unitName: () => '' },
    report,
  );
  // Published text goes out without its evidence files.
  if (visibility === 'published') return false;
  const revisions = await repos.reports.findRevisions([report.id]);
  return revisions.some(
    (revision) =>
      revisionVisible(visibility, revision.event) && revision.attachmentIds.includes(attachment.id),
  );
}
