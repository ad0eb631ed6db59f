// Cards (亮牌): the office issues them, the unit answers, the office rejects the answer, lowers a
// red card or closes the card. Reads: the office and leaders every card, a unit its own.
import { findCards, getCardForActor } from '../../services/supervision/cards.queries.ts';
import {
  answerCardAct,
  closeCardAct,
  issueCardAct,
  lowerCardAct,
  rejectCardAnswerAct,
} from '../../services/supervision/cards.usecases.ts';
import { presentCard } from '../presenters/supervision.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import {
  CardParamsSchema,
  CardsQuerySchema,
  CardsSchema,
  CardStepBodySchema,
  IssueCardBodySchema,
  OneCardSchema,
  OptionalNoteBodySchema,
} from '../../contracts/cards.schema.ts';

const STEPS = [
  {
    path: 'answer',
    act: answerCardAct,
    needsText: true,
    summary: "The unit's rectification (the unit's reporter or approver)",
  },
  {
    path: 'reject-answer',
    act: rejectCardAnswerAct,
    needsText: true,
    summary: 'The rectification falls short (supervisor)',
  },
  {
    path: 'lower',
    act: lowerCardAct,
    needsText: false,
    summary: 'Lower a red card to yellow after the catch-up (supervisor)',
  },
  { path: 'close', act: closeCardAct, needsText: false, summary: 'Close the card (supervisor)' },
] as const;

export const cardRoutes = routePlugin(['supervision'], (route, { store, clock, caches }) => {
  const one = (card: Parameters<typeof presentCard>[0]) => ({ card: presentCard(card, clock()) });

  route.post(
    '/api/cards',
    {
      summary: 'Issue a yellow or red card to a unit on a task (supervisor)',
      body: IssueCardBodySchema,
      response: { 200: OneCardSchema },
    },
    async (request) =>
      one((await issueCardAct({ actor: actorOf(request), ...request.body, store, clock, caches })).card),
  );

  for (const step of STEPS) {
    route.post(
      `/api/cards/:cardId/${step.path}`,
      {
        summary: step.summary,
        params: CardParamsSchema,
        body: step.needsText ? CardStepBodySchema : OptionalNoteBodySchema,
        response: { 200: OneCardSchema },
      },
      async (request) => {
        const text = request.body?.text ?? '';
        const { card } = await step.act({
          actor: actorOf(request),
          cardId: request.params.cardId,
          text,
          store,
          clock,
        });
        return one(card);
      },
    );
  }

  route.get(
    '/api/cards',
    {
      summary: 'Cards of a year or period (office and leaders: all; a unit: its own)',
      query: CardsQuerySchema,
      response: { 200: CardsSchema },
    },
    async (request) => {
      const { cards } = await findCards({ actor: actorOf(request), ...request.query, store });
      const now = clock();
      return { cards: cards.map((card) => presentCard(card, now)) };
    },
  );

  route.get(
    '/api/cards/:cardId',
    { summary: 'One card with its history', params: CardParamsSchema, response: { 200: OneCardSchema } },
    async (request) =>
      one((await getCardForActor({ actor: actorOf(request), cardId: request.params.cardId, store })).card),
  );
});
