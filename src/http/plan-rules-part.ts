// The two routes of one part of a plan's rules at /api/plans/:year/<part>: GET reads it, PUT
// replaces it as a whole; both answer the part as it now stands.
import type { z } from 'zod';
import type { Actor } from '../core/policy/policy.types.ts';
import { YearParamsSchema } from '../contracts/plan.schema.ts';
import { actorOf } from './request-context.ts';
import type { Routes } from './route.ts';

export function planRulesPartRoutes<Body extends z.ZodType, Answer extends z.ZodType>(
  route: Routes,
  part: {
    url: string;
    summaries: { read: string; replace: string };
    body: Body;
    answer: Answer;
    read: (input: { actor: Actor; year: number }) => Promise<z.output<Answer>>;
    replace: (input: { actor: Actor; year: number; value: z.output<Body> }) => Promise<z.output<Answer>>;
  },
): void {
  // Declared with the schemas widened to z.ZodType, as fastify's types cannot follow generic ones; the
  // body is what `part.body` let through and the answer is checked against `part.answer` on the way out.
  const answer: z.ZodType = part.answer;
  const body: z.ZodType = part.body;
  route.get(
    part.url,
    { summary: part.summaries.read, params: YearParamsSchema, response: { 200: answer } },
    async (request) => part.read({ actor: actorOf(request), year: request.params.year }),
  );
  route.put(
    part.url,
    { summary: part.summaries.replace, params: YearParamsSchema, body, response: { 200: answer } },
    async (request) =>
      part.replace({
        actor: actorOf(request),
        year: request.params.year,
        value: request.body as z.output<Body>,
      }),
  );
}
