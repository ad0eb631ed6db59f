// The exporter's builders as the document use cases receive them (services declare DocumentWriters;
// the composition roots, http and cli, pass this set in). Each builder's module (and with it exceljs,
// docx, ECharts, resvg) is loaded the first time a document of its kind is asked for, not at start.
import type { DocumentWriters } from '../services/documents/documents.types.ts';
import { exportPublicationHtml } from './publication.html.ts';

export const documentWriters: DocumentWriters = {
  planXlsx: async (input) => (await import('./plan.xlsx.ts')).exportPlanXlsx(input),
  planDocx: async (input) => (await import('./plan.docx.ts')).exportPlanDocx(input),
  summaryXlsx: async (input) => (await import('./summary.xlsx.ts')).exportSummaryXlsx(input),
  feedbackTemplateXlsx: async (input) =>
    (await import('./feedback-template.xlsx.ts')).buildFeedbackTemplate(input),
  publicationXlsx: async (input) => (await import('./publication.xlsx.ts')).exportPublicationXlsx(input),
  publicationDocx: async (input) => (await import('./publication.docx.ts')).exportPublicationDocx(input),
  publicationHtml: exportPublicationHtml,
  bulletinDocx: async (input) => (await import('./bulletin.docx.ts')).exportBulletinDocx(input),
  docxToPdf: async (docx) => (await import('./pdf.ts')).bulletinToPdf(docx),
};
