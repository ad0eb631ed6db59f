// The session: who is signed in, and the calls that change it.
import { api, setCsrfToken } from './client.ts';

export type Role = 'admin' | 'supervisor' | 'reporter' | 'approver' | 'leader';

export interface Account {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  mustChangePassword: boolean;
}

export interface Session {
  account: Account;
  csrfToken: string;
  expiresAt: string;
}

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
  remember(await api<Session>('POST', '/api/auth/login', { login, password }));

export const currentSession = async (): Promise<Session> =>
  remember(await api<Session>('GET', '/api/auth/me'));

export const signOut = (): Promise<void> => api<void>('POST', '/api/auth/logout');

export const changePassword = (currentPassword: string, newPassword: string): Promise<unknown> =>
  api('POST', '/api/auth/password', { currentPassword, newPassword });
