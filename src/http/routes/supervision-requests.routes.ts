// A unit's requests to the office and the office's decisions: extension requests (延期申请) and
// completion claims (办结). Units ask for their own tasks; the supervisor decides.
import {
  claimCompletion,
  rejectCompletion,
  verifyCompletion,
} from '../../services/supervision/completions.usecases.ts';
import {
  approveExtension,
  denyExtension,
  requestExtension,
} from '../../services/supervision/extensions.usecases.ts';
import { findCompletions, findExtensions } from '../../services/supervision/requests.queries.ts';
import type { CompletionRecord, ExtensionRecord } from '../../services/supervision/supervision.types.ts';
import { presentCompletion, presentExtension } from '../presenters/supervision.presenter.ts';
import { actorOf, askOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import {
  ApproveExtensionBodySchema,
  ClaimCompletionBodySchema,
  ReasonBodySchema,
  RequestExtensionBodySchema,
  CompletionParamsSchema,
  CompletionsQuerySchema,
  CompletionsSchema,
  DenyBodySchema,
  ExtensionParamsSchema,
  ExtensionsQuerySchema,
  ExtensionsSchema,
  OneCompletionSchema,
  OneExtensionSchema,
} from '../../contracts/supervision-requests.schema.ts';

/** A request's answer: the extension or the completion claim as it now stands. */
const oneExtension = ({ extension }: { extension: ExtensionRecord }) => ({
  extension: presentExtension(extension),
});
const oneCompletion = ({ completion }: { completion: CompletionRecord }) => ({
  completion: presentCompletion(completion),
});

export const supervisionRequestRoutes = routePlugin(['supervision'], (route, { store, clock, caches }) => {
  route.post(
    '/api/extensions',
    {
      summary: 'Ask for a later due date, before the current one passes (a unit)',
      body: RequestExtensionBodySchema,
      response: { 200: OneExtensionSchema },
    },
    async (request) =>
      oneExtension(
        await requestExtension({ actor: actorOf(request), ...request.body, store, clock, caches }),
      ),
  );
  route.post(
    '/api/extensions/:extensionId/approve',
    {
      summary: 'Approve, with the date asked for or another (supervisor)',
      params: ExtensionParamsSchema,
      body: ApproveExtensionBodySchema,
      response: { 200: OneExtensionSchema },
    },
    async (request) =>
      oneExtension(await approveExtension({ ...askOf(request), ...request.body, store, clock })),
  );
  route.post(
    '/api/extensions/:extensionId/deny',
    {
      summary: 'Deny with a reason (supervisor)',
      params: ExtensionParamsSchema,
      body: DenyBodySchema,
      response: { 200: OneExtensionSchema },
    },
    async (request) =>
      oneExtension(await denyExtension({ ...askOf(request), ...request.body, store, clock })),
  );
  route.get(
    '/api/extensions',
    {
      summary: 'Extension requests of a period (office and leaders: all; a unit: its own)',
      query: ExtensionsQuerySchema,
      response: { 200: ExtensionsSchema },
    },
    async (request) => {
      const { extensions } = await findExtensions({ actor: actorOf(request), ...request.query, store });
      return { extensions: extensions.map(presentExtension) };
    },
  );

  route.post(
    '/api/completions',
    {
      summary: 'Claim a task complete with evidence (the lead unit)',
      body: ClaimCompletionBodySchema,
      response: { 200: OneCompletionSchema },
    },
    async (request) =>
      oneCompletion(
        await claimCompletion({ actor: actorOf(request), ...request.body, store, clock, caches }),
      ),
  );
  for (const [path, decide, summary] of [
    ['verify', verifyCompletion, 'Verify the claim: the task leaves the quarterly loop (supervisor)'],
    ['reject', rejectCompletion, 'Reject the claim with a reason (supervisor)'],
  ] as const) {
    route.post(
      `/api/completions/:completionId/${path}`,
      {
        summary,
        params: CompletionParamsSchema,
        body: ReasonBodySchema,
        response: { 200: OneCompletionSchema },
      },
      async (request) => oneCompletion(await decide({ ...askOf(request), ...request.body, store, clock })),
    );
  }
  route.get(
    '/api/completions',
    {
      summary: 'Completion claims of a plan (office and leaders: all; a unit: its own)',
      query: CompletionsQuerySchema,
      response: { 200: CompletionsSchema },
    },
    async (request) => {
      const { completions } = await findCompletions({ actor: actorOf(request), ...request.query, store });
      return { completions: completions.map(presentCompletion) };
    },
  );
});
