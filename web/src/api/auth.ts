// The session: who is signed in, and the calls that change it.
import type {
  ChangePasswordBody,
  LoginBody,
  Role,
  SessionView as Session,
} from '../../../src/contracts/account.schema.ts';
import { api, setCsrfToken } from './client.ts';

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

export const currentSession = async (): Promise<Session> =>
  remember(await api<Session>('GET', '/api/auth/me'));

export const signOut = (): Promise<void> => api<void>('POST', '/api/auth/logout');

export const changePassword = (currentPassword: string, newPassword: string): Promise<unknown> =>
  api('POST', '/api/auth/password', { currentPassword, newPassword } satisfies ChangePasswordBody);
