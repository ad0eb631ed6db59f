// Importing a notice: upload it for a preview (multipart, or JSON with base64), read the
// preview back, and commit it with the admin's confirmations. Admin only.
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { nulCharacter, nulIn } from '../plugins/request-guards.ts';
import { z } from 'zod';
import { DomainError, invalid } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import {
  commitPlanImport,
  getPlanImportPreview,
  previewPlanImport,
} from '../../services/plans/plan-import.usecases.ts';
import type { NoticeReader } from '../../services/plans/plans.types.ts';
import { presentPreview } from '../presenters/plan-import.presenter.ts';
import { presentPlan } from '../presenters/plan.presenter.ts';
import { isFileTooLarge } from '../file-transfer.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { IdParamSchema } from '../../contracts/common.schema.ts';
import { decidePlanImport } from '../../services/plans/plan-import.decisions.ts';
import {
  CommitBodySchema,
  DecisionSchema,
  PreviewJsonBodySchema,
  PreviewSchema,
} from '../../contracts/plan-import.schema.ts';
import { PlanSchema } from '../../contracts/plan.schema.ts';

/** Notices are text, HTML, Word or Excel files: a few hundred kilobytes at most in practice. */
export const NOTICE_LIMIT_BYTES = 10 * 1024 * 1024;
const OnePreviewSchema = z.strictObject({ preview: PreviewSchema });
const PreviewParamsSchema = z.strictObject({ previewId: IdParamSchema });

export const planImportRoutes = routePlugin(['plans'], async (route, deps, app) => {
  const { store, clock } = deps;
  await app.register(multipart, { limits: { fileSize: NOTICE_LIMIT_BYTES, files: 1, parts: 4 } });

  route.post(
    '/api/plans/import/preview',
    {
      bodyLimit: Math.ceil(NOTICE_LIMIT_BYTES * 1.4),
      summary: 'Read a notice and preview the plan (multipart field "file", or JSON with base64)',
      consumes: ['multipart/form-data', 'application/json'],
      response: { 201: OnePreviewSchema },
    },
    async (request, reply) => {
      const readNotice = requireReader(deps.readNotice);
      // Refuse before buffering an upload the caller may not make; the use case checks again.
      assertCan(actorOf(request), 'plan.manage');
      const upload = await readUpload(request);
      const { preview } = await previewPlanImport({
        actor: actorOf(request),
        ...upload,
        readNotice,
        store,
        clock,
      });
      return reply.status(201).send({ preview: presentPreview(preview) });
    },
  );

  route.get(
    '/api/plans/import/:previewId',
    { params: PreviewParamsSchema, response: { 200: OnePreviewSchema } },
    async (request) => {
      const { preview } = await getPlanImportPreview({
        actor: actorOf(request),
        previewId: request.params.previewId,
        store,
        clock,
      });
      return { preview: presentPreview(preview) };
    },
  );

  route.post(
    '/api/plans/import/:previewId/decisions',
    {
      summary:
        "Take one decision on the preview (columns, a task's units, merge, split, not a task, a unit match, a carried task); answers the preview",
      params: PreviewParamsSchema,
      body: DecisionSchema,
      response: { 200: OnePreviewSchema },
    },
    async (request) => {
      assertCan(actorOf(request), 'plan.manage');
      const { preview } = await decidePlanImport({
        actor: actorOf(request),
        previewId: request.params.previewId,
        decision: request.body,
        readNotice: requireReader(deps.readNotice),
        store,
        clock,
      });
      return { preview: presentPreview(preview) };
    },
  );

  route.post(
    '/api/plans/import/:previewId/commit',
    {
      summary: 'Write the previewed plan, with confirmed or edited lead/co splits, in one transaction',
      params: PreviewParamsSchema,
      body: CommitBodySchema,
      response: { 201: z.strictObject({ plan: PlanSchema }) },
    },
    async (request, reply) => {
      const { plan } = await commitPlanImport({
        actor: actorOf(request),
        previewId: request.params.previewId,
        ...request.body,
        store,
        clock,
      });
      const counts = await store.repos.plans.counts(plan.id);
      return reply.status(201).send({ plan: presentPlan({ ...plan, taskCount: counts.tasks }) });
    },
  );
});

function requireReader(reader: NoticeReader | undefined): NoticeReader {
  if (!reader)
    throw new DomainError('plan_import.unavailable', 'conflict', 'this server does not read notices');
  return reader;
}

async function readUpload(request: FastifyRequest): Promise<{ bytes: Uint8Array; fileName: string | null }> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file)
      throw invalid('plan_import.file_required', 'send the notice as the multipart field "file"', {
        field: 'file',
      });
    try {
      if (nulIn(file.filename) !== null) throw nulCharacter('file.filename');
      return { bytes: await file.toBuffer(), fileName: file.filename || null };
    } catch (error) {
      if (isFileTooLarge(error)) {
        throw new DomainError(
          'plan_import.too_large',
          'too_large',
          `a notice may be at most ${NOTICE_LIMIT_BYTES} bytes`,
        );
      }
      throw error;
    }
  }
  const parsed = PreviewJsonBodySchema.safeParse(request.body);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue): { path: string; message: string; code: string }[] => {
      const path = ['body', ...issue.path.map(String)].join('.');
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({
          path: `${path}.${key}`,
          message: 'unknown field',
          code: issue.code,
        }));
      }
      return [{ path, message: issue.message, code: issue.code }];
    });
    throw invalid('request.invalid', 'the request does not match the schema', { issues });
  }
  return { bytes: Buffer.from(parsed.data.contentBase64, 'base64'), fileName: parsed.data.fileName };
}
