// The exporter's builders as the document use cases receive them (services declare DocumentWriters;
// the composition roots, http and cli, pass this set in).
import type { DocumentWriters } from '../services/documents/documents.types.ts';
import { exportBulletinDocx } from './bulletin.docx.ts';
import { buildFeedbackTemplate } from './feedback-template.xlsx.ts';
import { bulletinToPdf } from './pdf.ts';
import { exportPlanDocx } from './plan.docx.ts';
import { exportPlanXlsx } from './plan.xlsx.ts';
import { exportPublicationDocx } from './publication.docx.ts';
import { exportPublicationHtml } from './publication.html.ts';
import { exportPublicationXlsx } from './publication.xlsx.ts';
import { exportSummaryXlsx } from './summary.xlsx.ts';

export const documentWriters: DocumentWriters = {
  planXlsx: exportPlanXlsx,
  planDocx: exportPlanDocx,
  summaryXlsx: exportSummaryXlsx,
  feedbackTemplateXlsx: buildFeedbackTemplate,
  publicationXlsx: exportPublicationXlsx,
  publicationDocx: exportPublicationDocx,
  publicationHtml: exportPublicationHtml,
  bulletinDocx: exportBulletinDocx,
  docxToPdf: (docx) => bulletinToPdf(docx),
};
