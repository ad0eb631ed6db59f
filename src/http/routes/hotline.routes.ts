// The supervision hotline: the office logs a call about a task (its units are told), a unit of the
// task answers, and the task's history lists both (callers' names for the office and leaders only).
import { answerHotline, findTaskHotline, logHotline } from '../../services/supervision/hotline.usecases.ts';
import { presentHotline, presentHotlineAnswer } from '../presenters/supervision.presenter.ts';
import { actorOf, askOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import * as contract from '../../contracts/hotline.schema.ts';

export const hotlineRoutes = routePlugin(['supervision'], (route, { store, clock, caches }) => {
  route.post(
    '/api/hotline',
    {
      summary: "Log a hotline call or message about a task; the task's units are notified (supervisor)",
      body: contract.LogHotlineBodySchema,
      response: { 200: contract.LoggedHotlineSchema },
    },
    async (request) => {
      const { caller, ...rest } = request.body;
      const logged = await logHotline({
        actor: actorOf(request),
        ...rest,
        caller: caller ?? null,
        store,
        clock,
        caches,
      });
      return { message: presentHotline(logged.message, true), notifiedUnitIds: logged.notifiedUnitIds };
    },
  );

  route.post(
    '/api/hotline/:messageId/answer',
    {
      summary: 'Answer a hotline record (a unit of the task)',
      params: contract.HotlineParamsSchema,
      body: contract.HotlineAnswerBodySchema,
      response: { 200: contract.OneHotlineAnswerSchema },
    },
    async (request) => {
      const { answer } = await answerHotline({ ...askOf(request), ...request.body, store, clock, caches });
      return { answer: presentHotlineAnswer(answer) };
    },
  );

  route.get(
    '/api/tasks/:taskId/hotline',
    {
      summary: "A task's hotline history (office, leaders and the task's units)",
      params: contract.TaskParamsSchema,
      response: { 200: contract.HotlineListSchema },
    },
    async (request) => {
      const found = await findTaskHotline({ ...askOf(request), store, clock, caches });
      return { messages: found.messages.map((message) => presentHotline(message, found.showCallers)) };
    },
  );
});
