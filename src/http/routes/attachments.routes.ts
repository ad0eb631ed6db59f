// Evidence files: upload (multipart, one file, size-limited, type checked by content) and download
// for those who may see a filing that lists the file.
import multipart from '@fastify/multipart';
import { nulCharacter, nulIn } from '../plugins/request-guards.ts';
import { invalid } from '../../core/errors.ts';
import {
  attachmentTooLarge,
  getAttachmentFile,
  uploadAttachment,
} from '../../services/reports/attachments.usecases.ts';
import { contentDisposition, isFileTooLarge } from '../file-transfer.ts';
import { presentAttachment } from '../presenters/report.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { IdParamSchema } from '../../contracts/common.schema.ts';
import { z } from 'zod';
import { AttachmentSchema } from '../../contracts/report.schema.ts';

export const attachmentRoutes = routePlugin(['attachments'], async (route, { store, clock, config }, app) => {
  const limitBytes = config.attachmentLimitBytes;
  await app.register(multipart, { limits: { fileSize: limitBytes, files: 1, fields: 0, parts: 2 } });

  route.post(
    '/api/attachments',
    {
      summary: "Upload an evidence file for your unit's filings (PDF, images, office files)",
      consumes: ['multipart/form-data'],
      response: { 201: z.strictObject({ attachment: AttachmentSchema }) },
    },
    async (request, reply) => {
      const file = await request.file();
      if (!file) throw invalid('attachment.file_required', 'send one file as multipart/form-data');
      let content: Buffer;
      try {
        content = await file.toBuffer();
      } catch (error) {
        throw isFileTooLarge(error) ? attachmentTooLarge(limitBytes) : error;
      }
      if (nulIn(file.filename) !== null) throw nulCharacter('file.filename');
      const actor = actorOf(request);
      const { attachment } = await uploadAttachment({
        actor,
        fileName: file.filename,
        content,
        limitBytes,
        store,
        clock,
      });
      return reply.status(201).send({ attachment: presentAttachment(attachment) });
    },
  );

  route.get(
    '/api/attachments/:attachmentId',
    {
      summary: 'Download an evidence file (its unit, and whoever may see a filed version listing it)',
      params: z.strictObject({ attachmentId: IdParamSchema }),
      // The bytes go out as they are, under their media type; Fastify does not serialize a Buffer.
      response: { 200: z.unknown().describe('the file') },
    },
    async (request, reply) => {
      const { attachmentId } = request.params;
      const { attachment, content } = await getAttachmentFile({
        actor: actorOf(request),
        attachmentId,
        store,
      });
      return reply
        .header('content-type', attachment.mediaType)
        .header('content-disposition', contentDisposition(attachment.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(content));
    },
  );
});
