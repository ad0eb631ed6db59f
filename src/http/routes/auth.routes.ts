// Sign in, sign out, who am I, change my password.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { login } from '../../services/accounts/login.usecases.ts';
import { changePassword } from '../../services/accounts/password.usecases.ts';
import { getCurrentAccount, logout } from '../../services/accounts/session.usecases.ts';
import type { RouteDeps } from '../deps.ts';
import { presentAccount } from '../presenters/account.presenter.ts';
import { actorOf, sessionIdOf } from '../request-context.ts';
import {
  ChangePasswordBodySchema,
  LoginBodySchema,
  SessionViewSchema,
} from '../../contracts/account.schema.ts';
import { errorResponses } from '../../contracts/common.schema.ts';
import { clearSessionCookie, setSessionCookie } from '../plugins/session.ts';

const tags = ['auth'];
const openToAll = { beforePasswordChange: true };

export const authRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  const { store, clock, hasher, secrets, config } = deps;

  app.post(
    '/api/auth/login',
    {
      config: { ...openToAll, csrf: false },
      schema: { tags, body: LoginBodySchema, response: { 200: SessionViewSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const { account, session } = await login({
        login: request.body.login,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        store,
        clock,
        hasher,
        secrets,
        throttle: config.throttle,
        sessionTtlMinutes: config.sessionTtlMinutes,
      });
      setSessionCookie(reply, session, config.secureCookies);
      return {
        account: presentAccount(account),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: openToAll, schema: { tags, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const sessionId = sessionIdOf(request);
      if (sessionId !== null) await logout({ actor: actorOf(request), sessionId, store, clock });
      clearSessionCookie(reply, config.secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { config: openToAll, schema: { tags, response: { 200: SessionViewSchema, ...errorResponses } } },
    async (request) => {
      const { account } = await getCurrentAccount({ actor: actorOf(request), store });
      const session = request.auth;
      return {
        account: presentAccount(account),
        csrfToken: session?.csrfToken ?? '',
        expiresAt: session?.expiresAt.toISOString() ?? '',
      };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: openToAll,
      schema: {
        tags,
        summary: 'Change my password (required after an initial or reset password)',
        body: ChangePasswordBodySchema,
        response: { 200: z.strictObject({ account: SessionViewSchema.shape.account }), ...errorResponses },
      },
    },
    async (request) => {
      const { account } = await changePassword({
        actor: actorOf(request),
        sessionId: sessionIdOf(request),
        currentPassword: request.body.currentPassword,
        newPassword: request.body.newPassword,
        store,
        clock,
        hasher,
      });
      return { account: presentAccount(account) };
    },
  );
  done();
};
