// Matrix rows: sessions, accounts, the audit trail, plans and their import, the unit directory.
// Writes that the allowed roles may make either change nothing that later cells rely on or are
// refused on their content (a taken name, a stale state), which still proves the role got through.
import { smallNotice } from '../plans.ts';
import { EVERYONE, onlyRoles, SIGNED_IN, type Row } from './matrix.ts';
import { MISSING_ID } from './fixture.ts';

const ADMIN = onlyRoles('admin');
const notice = Buffer.from(
  smallNotice(2025, [{ seq: 1, text: '新增就业1万人', lead: ['市人社局'] }]),
).toString('base64');

export const SESSION_ROWS: Row[] = [
  {
    method: 'POST',
    route: '/api/auth/login',
    request: (t) => ({ url: '/api/auth/login', payload: t.login }),
    expect: EVERYONE,
  },
  { method: 'GET', route: '/api/auth/me', request: () => ({ url: '/api/auth/me' }), expect: SIGNED_IN },
  {
    method: 'POST',
    route: '/api/auth/password',
    // A wrong current password: refused on its content, after the session was accepted.
    request: () => ({
      url: '/api/auth/password',
      payload: { currentPassword: 'not-the-password', newPassword: 'another-Long-secret-1' },
    }),
    expect: SIGNED_IN,
  },
];

/** Runs last: it ends the sessions the other rows use. */
export const SIGN_OUT_ROW: Row = {
  method: 'POST',
  route: '/api/auth/logout',
  request: () => ({ url: '/api/auth/logout' }),
  expect: EVERYONE,
};

export const BACKUP_ROWS: Row[] = [
  { method: 'GET', route: '/api/backups', request: () => ({ url: '/api/backups' }), expect: ADMIN },
  { method: 'POST', route: '/api/backups', request: () => ({ url: '/api/backups' }), expect: ADMIN },
  {
    method: 'GET',
    route: '/api/backups/:name',
    request: (t) => ({ url: `/api/backups/${t.backupName}` }),
    missing: () => ({ url: '/api/backups/duban-20990101T000000000Z.duban-backup.jsonl.gz' }),
    expect: ADMIN,
  },
];

export const ACCOUNT_ROWS: Row[] = [
  { method: 'GET', route: '/api/accounts', request: () => ({ url: '/api/accounts' }), expect: ADMIN },
  {
    method: 'GET',
    route: '/api/login-throttles',
    request: () => ({ url: '/api/login-throttles' }),
    expect: ADMIN,
  },
  {
    method: 'POST',
    route: '/api/login-throttles/lift',
    request: () => ({ url: '/api/login-throttles/lift', payload: { login: 'nobody.failed' } }),
    expect: ADMIN,
  },
  {
    method: 'POST',
    route: '/api/accounts',
    request: () => ({
      url: '/api/accounts',
      payload: { login: 'admin', displayName: '重名', role: 'leader' },
    }),
    expect: ADMIN,
  },
  {
    method: 'GET',
    route: '/api/accounts/:accountId',
    request: (t) => ({ url: `/api/accounts/${t.spareAccountId}` }),
    expect: ADMIN,
  },
  {
    method: 'PATCH',
    route: '/api/accounts/:accountId',
    request: (t) => ({ url: `/api/accounts/${t.spareAccountId}`, payload: { displayName: '市领导' } }),
    expect: ADMIN,
  },
  {
    method: 'POST',
    route: '/api/accounts/:accountId/password-reset',
    request: (t) => ({ url: `/api/accounts/${t.spareAccountId}/password-reset` }),
    expect: ADMIN,
  },
  {
    method: 'GET',
    route: '/api/audit',
    request: () => ({ url: '/api/audit' }),
    expect: onlyRoles('admin', 'supervisor'),
  },
];

export const PLAN_ROWS: Row[] = [
  { method: 'GET', route: '/api/plans', request: () => ({ url: '/api/plans' }), expect: EVERYONE },
  { method: 'GET', route: '/api/plans/:year', request: () => ({ url: '/api/plans/2024' }), expect: EVERYONE },
  {
    method: 'GET',
    route: '/api/plans/:year/tasks',
    request: () => ({ url: '/api/plans/2024/tasks' }),
    expect: EVERYONE,
  },
  {
    method: 'GET',
    route: '/api/plans/:year/tasks/:seq',
    request: () => ({ url: '/api/plans/2024/tasks/13' }),
    expect: EVERYONE,
  },
  {
    method: 'POST',
    route: '/api/plans/:year/tasks/:seq/assignments/move',
    // Onto the unit that already leads it: refused on its content.
    request: (t) => ({
      url: '/api/plans/2024/tasks/14/assignments/move',
      payload: { fromUnitId: t.unitId, toUnitId: t.unitId, reason: '职能调整' },
    }),
    expect: ADMIN,
  },
  {
    method: 'PUT',
    route: '/api/plans/:year/periods/:key',
    request: () => ({
      url: '/api/plans/2024/periods/2024-Q2',
      payload: { opensOn: '2024-04-01', dueOn: '2024-07-05' },
    }),
    expect: ADMIN,
  },
  {
    method: 'GET',
    route: '/api/plans/:year/rules',
    request: () => ({ url: '/api/plans/2024/rules' }),
    expect: SIGNED_IN,
  },
  {
    method: 'PUT',
    route: '/api/plans/:year/rules',
    request: (t) => ({ url: '/api/plans/2024/rules', payload: t.rules }),
    expect: ADMIN,
  },
  {
    method: 'POST',
    route: '/api/plans/import/preview',
    request: () => ({
      url: '/api/plans/import/preview',
      payload: { fileName: 'notice.txt', contentBase64: notice },
    }),
    expect: ADMIN,
  },
  {
    method: 'GET',
    route: '/api/plans/import/:previewId',
    request: (t) => ({ url: `/api/plans/import/${t.previewId}` }),
    missing: () => ({ url: `/api/plans/import/${MISSING_ID}` }),
    expect: ADMIN,
  },
  {
    method: 'POST',
    route: '/api/plans/import/:previewId/decisions',
    // Accepting every guess is a decision any preview takes: 200 for the admin.
    request: (t) => ({
      url: `/api/plans/import/${t.previewId}/decisions`,
      payload: { kind: 'accept_inferred' },
    }),
    missing: () => ({
      url: `/api/plans/import/${MISSING_ID}/decisions`,
      payload: { kind: 'accept_inferred' },
    }),
    expect: ADMIN,
  },
  {
    method: 'POST',
    route: '/api/plans/import/:previewId/commit',
    // The preview is of 2024, which has its plan: 409 for the admin.
    request: (t) => ({ url: `/api/plans/import/${t.previewId}/commit`, payload: { acceptInferred: true } }),
    missing: () => ({ url: `/api/plans/import/${MISSING_ID}/commit`, payload: { acceptInferred: true } }),
    expect: ADMIN,
  },
];

export const UNIT_ROWS: Row[] = [
  { method: 'GET', route: '/api/units', request: () => ({ url: '/api/units' }), expect: EVERYONE },
  {
    method: 'GET',
    route: '/api/units/:unitId',
    request: (t) => ({ url: `/api/units/${t.unitId}` }),
    expect: EVERYONE,
  },
  {
    method: 'POST',
    route: '/api/units',
    request: () => ({ url: '/api/units', payload: { name: '市财政局', kind: 'department' } }),
    expect: ADMIN,
  },
  {
    method: 'POST',
    route: '/api/units/:unitId/rename',
    request: (t) => ({ url: `/api/units/${t.unitId}/rename`, payload: { name: '市经信局' } }),
    expect: ADMIN,
  },
  {
    method: 'PUT',
    route: '/api/units/:unitId/code',
    request: (t) => ({ url: `/api/units/${t.unitId}/code`, payload: { code: 'jxj' } }),
    expect: ADMIN,
  },
  {
    method: 'POST',
    route: '/api/units/:unitId/aliases',
    request: (t) => ({ url: `/api/units/${t.unitId}/aliases`, payload: { alias: '市财政局' } }),
    expect: ADMIN,
  },
  {
    method: 'DELETE',
    route: '/api/units/:unitId/aliases/:aliasId',
    request: (t) => ({ url: `/api/units/${t.unitId}/aliases/${t.aliasId}` }),
    expect: ADMIN,
  },
  {
    method: 'PUT',
    route: '/api/units/:unitId/members',
    request: (t) => ({ url: `/api/units/${t.groupId}/members`, payload: { memberIds: t.groupMemberIds } }),
    expect: ADMIN,
  },
  {
    method: 'POST',
    route: '/api/units/:unitId/merge',
    request: (t) => ({ url: `/api/units/${t.unitId}/merge`, payload: { intoUnitId: t.unitId } }),
    expect: ADMIN,
  },
  {
    method: 'PUT',
    route: '/api/units/:unitId/webhook',
    request: (t) => ({ url: `/api/units/${t.unitId}/webhook`, payload: { webhook: null } }),
    expect: ADMIN,
  },
];
