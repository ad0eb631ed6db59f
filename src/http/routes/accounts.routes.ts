// Account administration (admin): list, read, create, change, reset a password.
import { z } from 'zod';
import {
  createAccount,
  findAccounts,
  getAccount,
  updateAccount,
} from '../../services/accounts/accounts.usecases.ts';
import { resetPassword } from '../../services/accounts/password.usecases.ts';
import { presentAccount } from '../presenters/account.presenter.ts';
import { actorOf, askOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import {
  AccountParamsSchema,
  AccountSchema,
  AccountsQuerySchema,
  AccountWithPasswordSchema,
  CreateAccountBodySchema,
  UpdateAccountBodySchema,
} from '../../contracts/account.schema.ts';

const OneAccountSchema = z.strictObject({ account: AccountSchema });

export const accountRoutes = routePlugin(['accounts'], (route, { store, clock, hasher, secrets }) => {
  route.get(
    '/api/accounts',
    { query: AccountsQuerySchema, response: { 200: z.strictObject({ accounts: z.array(AccountSchema) }) } },
    async (request) => {
      const { accounts } = await findAccounts({ actor: actorOf(request), store, filter: request.query });
      return { accounts: accounts.map(presentAccount) };
    },
  );

  route.get(
    '/api/accounts/:accountId',
    { params: AccountParamsSchema, response: { 200: OneAccountSchema } },
    async (request) => {
      const { account } = await getAccount({ ...askOf(request), store });
      return { account: presentAccount(account) };
    },
  );

  route.post(
    '/api/accounts',
    { body: CreateAccountBodySchema, response: { 201: AccountWithPasswordSchema } },
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

  route.patch(
    '/api/accounts/:accountId',
    { params: AccountParamsSchema, body: UpdateAccountBodySchema, response: { 200: OneAccountSchema } },
    async (request) => {
      const { account } = await updateAccount({
        ...askOf(request),
        changes: request.body,
        store,
        clock,
      });
      return { account: presentAccount(account) };
    },
  );

  route.post(
    '/api/accounts/:accountId/password-reset',
    {
      summary: 'Give the account a new initial password; it must change it at next sign-in',
      params: AccountParamsSchema,
      response: { 200: AccountWithPasswordSchema },
    },
    async (request) => {
      const reset = await resetPassword({ ...askOf(request), store, clock, hasher, secrets });
      return { account: presentAccount(reset.account), initialPassword: reset.initialPassword };
    },
  );
});
