// Which uploaded files a filing may list: the unit's own uploads, not yet part of another filing.
import { invalid } from '../../core/errors.ts';
import type { Repositories } from '../store.ts';

export async function checkAttachable(
  repos: Repositories,
  input: { ids: readonly number[]; unitId: number; reportId: number | undefined },
): Promise<void> {
  if (input.ids.length === 0) return;
  const found = await repos.reports.findAttachments(input.ids);
  const usable = new Set(
    found
      .filter((file) => file.unitId === input.unitId)
      .filter((file) => file.reportId === null || file.reportId === input.reportId)
      .map((file) => file.id),
  );
  // Another unit's file answers like a missing one.
  const unknown = input.ids.filter((id) => !usable.has(id));
  if (unknown.length > 0) {
    throw invalid('report.unknown_attachment', 'some attachments are not among your unit’s uploads', {
      field: 'attachmentIds',
      attachmentIds: unknown,
    });
  }
}
