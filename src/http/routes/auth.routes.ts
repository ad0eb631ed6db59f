// Sign in, sign out, who am I, change my password.
import { z } from 'zod';
import { login } from '../../services/accounts/login.usecases.ts';
import { changePassword } from '../../services/accounts/password.usecases.ts';
import { getCurrentAccount, logout } from '../../services/accounts/session.usecases.ts';
import { presentAccount } from '../presenters/account.presenter.ts';
import { actorOf, sessionIdOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import {
  ChangePasswordBodySchema,
  LoginBodySchema,
  SessionViewSchema,
} from '../../contracts/account.schema.ts';
import { clearSessionCookie, setSessionCookie } from '../plugins/session.ts';

const openToAll = { beforePasswordChange: true };

export const authRoutes = routePlugin(['auth'], (route, { store, clock, hasher, secrets, config }) => {
  route.post(
    '/api/auth/login',
    { config: { ...openToAll, csrf: false }, body: LoginBodySchema, response: { 200: SessionViewSchema } },
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

  route.post(
    '/api/auth/logout',
    { config: openToAll, response: { 204: z.null() } },
    async (request, reply) => {
      const sessionId = sessionIdOf(request);
      if (sessionId !== null) await logout({ actor: actorOf(request), sessionId, store, clock });
      clearSessionCookie(reply, config.secureCookies);
      return reply.status(204).send(null);
    },
  );

  route.get('/api/auth/me', { config: openToAll, response: { 200: SessionViewSchema } }, async (request) => {
    const { account } = await getCurrentAccount({ actor: actorOf(request), store });
    const session = request.auth;
    return {
      account: presentAccount(account),
      csrfToken: session?.csrfToken ?? '',
      expiresAt: session?.expiresAt.toISOString() ?? '',
    };
  });

  route.post(
    '/api/auth/password',
    {
      config: openToAll,
      summary: 'Change my password (required after an initial or reset password)',
      body: ChangePasswordBodySchema,
      response: { 200: z.strictObject({ account: SessionViewSchema.shape.account }) },
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
});
