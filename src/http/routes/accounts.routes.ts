// Account administration (admin): list, read, create, change, reset a password.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createAccount,
  findAccounts,
  getAccount,
  updateAccount,
} from '../../services/accounts/accounts.usecases.ts';
import { resetPassword } from '../../services/accounts/password.usecases.ts';
import type { RouteDeps } from '../deps.ts';
import { presentAccount } from '../presenters/account.presenter.ts';
import { actorOf } from '../request-context.ts';
import {
  AccountParamsSchema,
  AccountSchema,
  AccountsQuerySchema,
  AccountWithPasswordSchema,
  CreateAccountBodySchema,
  UpdateAccountBodySchema,
} from '../../contracts/account.schema.ts';
import { errorResponses } from '../../contracts/common.schema.ts';

const tags = ['accounts'];
const OneAccountSchema = z.strictObject({ account: AccountSchema });

export const accountRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  const { store, clock, hasher, secrets } = deps;

  app.get(
    '/api/accounts',
    {
      schema: {
        tags,
        querystring: AccountsQuerySchema,
        response: { 200: z.strictObject({ accounts: z.array(AccountSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { accounts } = await findAccounts({ actor: actorOf(request), store, filter: request.query });
      return { accounts: accounts.map(presentAccount) };
    },
  );

  app.get(
    '/api/accounts/:accountId',
    { schema: { tags, params: AccountParamsSchema, response: { 200: OneAccountSchema, ...errorResponses } } },
    async (request) => {
      const { account } = await getAccount({
        actor: actorOf(request),
        accountId: request.params.accountId,
        store,
      });
      return { account: presentAccount(account) };
    },
  );

  app.post(
    '/api/accounts',
    {
      schema: {
        tags,
        body: CreateAccountBodySchema,
        response: { 201: AccountWithPasswordSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createAccount({
        ...request.body,
        actor: actorOf(request),
        store,
        clock,
        hasher,
        secrets,
      });
      return reply
        .status(201)
        .send({ account: presentAccount(created.account), initialPassword: created.initialPassword });
    },
  );

  app.patch(
    '/api/accounts/:accountId',
    {
      schema: {
        tags,
        params: AccountParamsSchema,
        body: UpdateAccountBodySchema,
        response: { 200: OneAccountSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { account } = await updateAccount({
        actor: actorOf(request),
        accountId: request.params.accountId,
        changes: request.body,
        store,
        clock,
      });
      return { account: presentAccount(account) };
    },
  );

  app.post(
    '/api/accounts/:accountId/password-reset',
    {
      schema: {
        tags,
        summary: 'Give the account a new initial password; it must change it at next sign-in',
        params: AccountParamsSchema,
        response: { 200: AccountWithPasswordSchema, ...errorResponses },
      },
    },
    async (request) => {
      const reset = await resetPassword({
        actor: actorOf(request),
        accountId: request.params.accountId,
        store,
        clock,
        hasher,
        secrets,
      });
      return { account: presentAccount(reset.account), initialPassword: reset.initialPassword };
    },
  );
  done();
};
