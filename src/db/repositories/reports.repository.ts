// Filings, their append-only revisions and evidence files.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ReportSlot, ReportsRepository } from '../../services/reports/reports.types.ts';
import type { Db } from '../client.ts';
import type { AttachmentFiles } from '../attachment-files.ts';
import { attachments, reportRevisions, reports } from '../schema/index.ts';
import { toAttachmentRecord, toReportRecord, toReportStanding, toRevisionRecord } from './report-rows.ts';
import { preparedOnce } from './prepared.ts';
import { reportsContextQueries } from './reports-context.repository.ts';
import { reportSaveQueries } from './report-save.queries.ts';

/** Every attachment column but the content, which is read only for a download. */
const ATTACHMENT_COLUMNS = {
  id: attachments.id,
  unitId: attachments.unitId,
  reportId: attachments.reportId,
  addedInRev: attachments.addedInRev,
  fileName: attachments.fileName,
  mediaType: attachments.mediaType,
  sizeBytes: attachments.sizeBytes,
  sha256: attachments.sha256,
  uploadedBy: attachments.uploadedBy,
  uploadedAt: attachments.uploadedAt,
};

const slotIs = (slot: ReportSlot) =>
  and(
    eq(reports.periodId, slot.periodId),
    eq(reports.taskId, slot.taskId),
    eq(reports.unitId, slot.unitId),
    eq(reports.kind, slot.kind),
  );

type FilingQueries = Omit<
  ReportsRepository,
  keyof ReturnType<typeof reportsContextQueries> | keyof ReturnType<typeof reportSaveQueries>
>;

function filingQueries(db: Db, files: AttachmentFiles | null): FilingQueries {
  const unitReportsInPeriod = preparedOnce(() =>
    db
      .select()
      .from(reports)
      .where(
        and(eq(reports.periodId, sql.placeholder('periodId')), eq(reports.unitId, sql.placeholder('unitId'))),
      )
      .orderBy(asc(reports.id))
      .prepare('reports_of_unit_in_period'),
  );
  const unitStandingsInPeriod = preparedOnce(() =>
    db
      .select({
        id: reports.id,
        taskId: reports.taskId,
        unitId: reports.unitId,
        kind: reports.kind,
        state: reports.state,
        currentRev: reports.currentRev,
        late: reports.late,
      })
      .from(reports)
      .where(
        and(eq(reports.periodId, sql.placeholder('periodId')), eq(reports.unitId, sql.placeholder('unitId'))),
      )
      .orderBy(asc(reports.id))
      .prepare('report_standings_of_unit_in_period'),
  );
  const periodStandings = preparedOnce(() =>
    db
      .select({
        id: reports.id,
        taskId: reports.taskId,
        unitId: reports.unitId,
        kind: reports.kind,
        state: reports.state,
        currentRev: reports.currentRev,
        late: reports.late,
      })
      .from(reports)
      .where(eq(reports.periodId, sql.placeholder('periodId')))
      .orderBy(asc(reports.id))
      .prepare('report_standings_in_period'),
  );
  const revisionsOfReport = preparedOnce(() =>
    db
      .select()
      .from(reportRevisions)
      .where(eq(reportRevisions.reportId, sql.placeholder('reportId')))
      .orderBy(asc(reportRevisions.rev))
      .prepare('revisions_of_report'),
  );
  return {
    async findReport(id, options) {
      const query = db.select().from(reports).where(eq(reports.id, id));
      const [row] = options?.forUpdate ? await query.for('update') : await query;
      return row ? toReportRecord(row) : null;
    },
    async findReportInSlot(slot, options) {
      const query = db.select().from(reports).where(slotIs(slot));
      const [row] = options?.forUpdate ? await query.for('update') : await query;
      return row ? toReportRecord(row) : null;
    },
    async lockSlotWithRevision(slot) {
      const [row] = await db
        .select()
        .from(reports)
        .leftJoin(
          reportRevisions,
          and(eq(reportRevisions.reportId, reports.id), eq(reportRevisions.rev, reports.currentRev)),
        )
        .where(slotIs(slot))
        .for('update', { of: reports });
      if (!row) return null;
      const current = row.report_revisions ? toRevisionRecord(row.report_revisions) : null;
      return { report: toReportRecord(row.reports), current };
    },
    async findStandings(query) {
      const { periodId, unitId } = query;
      const rows =
        unitId === undefined
          ? await periodStandings().execute({ periodId })
          : await unitStandingsInPeriod().execute({ periodId, unitId });
      return rows.map(toReportStanding);
    },
    async findReports(query) {
      if (query.taskId === undefined && query.unitId !== undefined) {
        const { periodId, unitId } = query;
        return (await unitReportsInPeriod().execute({ periodId, unitId })).map(toReportRecord);
      }
      const rows = await db
        .select()
        .from(reports)
        .where(
          and(
            eq(reports.periodId, query.periodId),
            query.taskId === undefined ? undefined : eq(reports.taskId, query.taskId),
            query.unitId === undefined ? undefined : eq(reports.unitId, query.unitId),
          ),
        )
        .orderBy(asc(reports.id));
      return rows.map(toReportRecord);
    },
    async insertReport(report) {
      // Two first saves of the same slot: the second finds the row taken and reports a conflict.
      const [row] = await db.insert(reports).values(report).onConflictDoNothing().returning();
      return row ? toReportRecord(row) : null;
    },
    async updateReport(id, patch) {
      const [row] = await db.update(reports).set(patch).where(eq(reports.id, id)).returning();
      if (!row) throw new Error(`no report ${id} to update`);
      return toReportRecord(row);
    },
    async appendRevision(revision) {
      const [row] = await db.insert(reportRevisions).values(revision).returning();
      if (!row) throw new Error('insert into report_revisions returned no row');
      return toRevisionRecord(row);
    },
    async findRevision(reportId, rev) {
      const [row] = await db
        .select()
        .from(reportRevisions)
        .where(and(eq(reportRevisions.reportId, reportId), eq(reportRevisions.rev, rev)));
      return row ? toRevisionRecord(row) : null;
    },
    async findRevisions(reportIds) {
      if (reportIds.length === 0) return [];
      const [onlyId] = reportIds;
      if (reportIds.length === 1 && onlyId !== undefined) {
        return (await revisionsOfReport().execute({ reportId: onlyId })).map(toRevisionRecord);
      }
      const rows = await db
        .select()
        .from(reportRevisions)
        .where(inArray(reportRevisions.reportId, [...reportIds]))
        .orderBy(asc(reportRevisions.reportId), asc(reportRevisions.rev));
      return rows.map(toRevisionRecord);
    },
    ...attachmentQueries(db, files),
  };
}

/** files: where PGlite keeps evidence files (attachment-files.ts); null keeps them inline (bytea). */
function attachmentQueries(db: Db, files: AttachmentFiles | null) {
  return {
    async insertAttachment(attachment) {
      const values = files
        ? {
            ...attachment,
            content: null,
            storagePath: await files.put(attachment.content, attachment.sha256),
          }
        : attachment;
      const [row] = await db.insert(attachments).values(values).returning(ATTACHMENT_COLUMNS);
      if (!row) throw new Error('insert into attachments returned no row');
      return toAttachmentRecord(row);
    },
    async findAttachments(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .select(ATTACHMENT_COLUMNS)
        .from(attachments)
        .where(inArray(attachments.id, [...ids]))
        .orderBy(asc(attachments.id));
      return rows.map(toAttachmentRecord);
    },
    async findAttachmentContent(id) {
      const [row] = await db
        .select({ content: attachments.content, path: attachments.storagePath, sha256: attachments.sha256 })
        .from(attachments)
        .where(eq(attachments.id, id));
      if (!row) return null;
      if (row.path === null) return row.content;
      if (!files)
        throw new Error(`attachment ${id} is stored in a file, and this database has no data folder`);
      return files.read(row.path, row.sha256);
    },
    async linkAttachments(ids, reportId, rev) {
      if (ids.length === 0) return;
      await db
        .update(attachments)
        .set({ reportId, addedInRev: rev })
        .where(and(inArray(attachments.id, [...ids]), isNull(attachments.reportId)));
    },
  } satisfies Pick<
    ReportsRepository,
    'insertAttachment' | 'findAttachments' | 'findAttachmentContent' | 'linkAttachments'
  >;
}

export function reportsRepository(db: Db, files: AttachmentFiles | null = null): ReportsRepository {
  return { ...reportsContextQueries(db), ...filingQueries(db, files), ...reportSaveQueries(db) };
}
