// The office documents as downloads (the plan, the quarterly summary, a unit's feedback template,
// the publication, the bulletin) and the upload of a filled-in template. Each answers the bytes
// under the document's media type with its Chinese file name.
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, invalid } from '../../core/errors.ts';
import { documentWriters } from '../../exporter/document-writers.ts';
import { exportBulletin } from '../../services/documents/bulletin.usecases.ts';
import type { DocumentFile, FeedbackTemplateParser } from '../../services/documents/documents.types.ts';
import { exportPlan } from '../../services/documents/plan-export.usecases.ts';
import { exportPublication } from '../../services/documents/publication.usecases.ts';
import { assertUnitAction } from '../../core/policy/actor.ts';
import { exportSummary } from '../../services/documents/summary.usecases.ts';
import { applyFeedbackTemplate } from '../../services/documents/template-apply.usecases.ts';
import { exportFeedbackTemplate } from '../../services/documents/template-export.usecases.ts';
import { contentDisposition, isFileTooLarge } from '../file-transfer.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin, routesOf } from '../route.ts';
import {
  BulletinQuerySchema,
  DocumentPeriodQuerySchema,
  FileResponseSchema,
  TemplateAppliedSchema,
  TemplateQuerySchema,
} from '../../contracts/documents.schema.ts';
import { YearParamsSchema } from '../../contracts/plan.schema.ts';

const tags = ['documents'];
/** A unit's template is a few hundred kilobytes at most; this leaves room for pasted pictures. */
const TEMPLATE_LIMIT_BYTES = 10 * 1024 * 1024;
const fileResponses = { 200: FileResponseSchema };

function sendFile(reply: FastifyReply, file: DocumentFile): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.bytes));
}

export const documentRoutes = routePlugin(tags, async (route, deps, app) => {
  const { store, clock, caches } = deps;
  const writers = deps.documentWriters ?? documentWriters;
  await app.register(multipart, {
    limits: { fileSize: TEMPLATE_LIMIT_BYTES, files: 1, fields: 0, parts: 2 },
  });

  for (const format of ['xlsx', 'docx'] as const) {
    route.get(
      `/api/plans/:year/export.${format}`,
      {
        summary: `The plan in the notice's layout as ${format} (anyone)`,
        params: YearParamsSchema,
        response: fileResponses,
      },
      async (request, reply) => {
        const { year } = request.params;
        return sendFile(
          reply,
          await exportPlan({ actor: actorOf(request), year, format, store, clock, writers }),
        );
      },
    );
  }

  route.get(
    '/api/documents/summary.xlsx',
    {
      summary: "The quarter's progress summary (admin, supervisor, leader)",
      query: DocumentPeriodQuerySchema,
      response: fileResponses,
    },
    async (request, reply) => {
      const { period } = request.query;
      return sendFile(reply, await exportSummary({ actor: actorOf(request), period, store, clock, writers }));
    },
  );

  route.get(
    '/api/documents/template.xlsx',
    {
      summary: "A unit's feedback template for the quarter (the unit its own; the office any unit's)",
      query: TemplateQuerySchema,
      response: fileResponses,
    },
    async (request, reply) => {
      const { period, unitId } = request.query;
      const actor = actorOf(request);
      const file = await exportFeedbackTemplate({
        actor,
        period,
        store,
        writers,
        ...(unitId ? { unitId } : {}),
      });
      return sendFile(reply, file);
    },
  );

  route.post(
    '/api/documents/template',
    {
      summary:
        'Upload your unit\'s filled-in template: every row is applied, or none (multipart field "file")',
      consumes: ['multipart/form-data'],
      query: DocumentPeriodQuerySchema,
      response: { 200: TemplateAppliedSchema },
    },
    async (request) => {
      const parse = requireParser(deps.parseFeedbackTemplate);
      // Refuse before buffering an upload the caller may not make; the use case checks again.
      assertUnitAction(actorOf(request), 'report.edit');
      const bytes = await readTemplate(request);
      const { period } = request.query;
      return applyFeedbackTemplate({ actor: actorOf(request), bytes, period, store, clock, caches, parse });
    },
  );

  const publicRoute = routesOf(app, ['public', ...tags]);
  for (const format of ['xlsx', 'docx', 'html'] as const) {
    publicRoute.get(
      `/api/documents/publication.${format}`,
      {
        summary: `The quarter's published progress table as ${format}: accepted reports only (anyone)`,
        query: DocumentPeriodQuerySchema,
        response: fileResponses,
      },
      async (request, reply) => {
        const { period } = request.query;
        return sendFile(
          reply,
          await exportPublication({ actor: actorOf(request), period, format, store, writers }),
        );
      },
    );
  }

  for (const format of ['docx', 'pdf'] as const) {
    route.get(
      `/api/documents/bulletin.${format}`,
      {
        summary: `The quarter's bulletin as ${format} (admin, supervisor, leader)${format === 'pdf' ? '; 409 bulletin.pdf_unavailable without LibreOffice' : ''}`,
        query: BulletinQuerySchema,
        response: fileResponses,
      },
      async (request, reply) => {
        const { period, documentNumber } = request.query;
        const actor = actorOf(request);
        const file = await exportBulletin({ actor, period, format, documentNumber, store, clock, writers });
        return sendFile(reply, file);
      },
    );
  }
});

function requireParser(parser: FeedbackTemplateParser | undefined): FeedbackTemplateParser {
  if (!parser)
    throw new DomainError('template.unavailable', 'conflict', 'this server does not read templates');
  return parser;
}

async function readTemplate(request: FastifyRequest): Promise<Uint8Array> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (!file)
    throw invalid('template.file_required', 'send the filled-in template as the multipart field "file"');
  try {
    return new Uint8Array(await file.toBuffer());
  } catch (error) {
    if (isFileTooLarge(error)) {
      throw new DomainError(
        'template.too_large',
        'too_large',
        `a template may be at most ${TEMPLATE_LIMIT_BYTES} bytes`,
      );
    }
    throw error;
  }
}
