// The session: who is signed in, and the calls that change it.
import type {
  ChangePasswordBody,
  LoginBody,
  Role,
  SessionView as Session,
} from '../../../src/contracts/account.schema.ts';
import { SIGNED_IN_HINT_COOKIE } from '../../../src/contracts/session-hint.ts';
import { ApiError, api, setCsrfToken } from './client.ts';

export type { Role, SessionView as Session } from '../../../src/contracts/account.schema.ts';
/** The signed-in account as the session carries it. */
export type { Account } from '../../../src/contracts/account.schema.ts';

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  supervisor: '督查人员',
  reporter: '单位填报员',
  approver: '单位审核人',
  leader: '市领导',
};

function remember(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

export const signIn = async (login: string, password: string): Promise<Session> =>
  remember(await api<Session>('POST', '/api/auth/login', { login, password } satisfies LoginBody));

/**
 * The signed-in session, or null without asking the server when the browser holds no sign-in (the
 * server sets its hint cookie beside the session's): the sign-in page then logs no 401.
 */
export async function currentSession(): Promise<Session | null> {
  if (!document.cookie.split('; ').some((pair) => pair.startsWith(`${SIGNED_IN_HINT_COOKIE}=`))) return null;
  try {
    return remember(await api<Session>('GET', '/api/auth/me'));
  } catch (error) {
    // The session ended (expired, ended by an admin): forget the hint and ask no more.
    if (error instanceof ApiError && error.status === 401)
      document.cookie = `${SIGNED_IN_HINT_COOKIE}=; path=/; max-age=0`;
    throw error;
  }
}

export const signOut = (): Promise<void> => api<void>('POST', '/api/auth/logout');

export const changePassword = (currentPassword: string, newPassword: string): Promise<unknown> =>
  api('POST', '/api/auth/password', { currentPassword, newPassword } satisfies ChangePasswordBody);
