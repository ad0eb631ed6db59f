// Matrix rows: lights, cards, extension requests, completion claims, the hotline, notices, closing
// a quarter and the assessment. The records acted on are 市经信局's; 市财政局 has no part in them.
import { MISSING_ID, type Targets } from './fixture.ts';
import { cells, OFFICE_AND_OWN, onlyRoles, SIGNED_IN, type Row } from './matrix.ts';

const HIDDEN = 404;
const SUPERVISOR = onlyRoles('supervisor');
const OFFICE = onlyRoles('admin', 'supervisor', 'leader');

/** The office's steps on a card: another unit's accounts cannot see the card, so it is hidden. */
const SUPERVISOR_STEP = cells({ supervisor: 'allowed', other: HIDDEN });

/** A POST on one record by id, with the same request on a missing id. */
function onRecord(base: string, param: string, id: (t: Targets) => number, step: string, payload?: object) {
  const body = payload ? { payload } : {};
  return {
    method: 'POST' as const,
    route: `${base}/:${param}/${step}`,
    request: (t: Targets) => ({ url: `${base}/${id(t)}/${step}`, ...body }),
    missing: () => ({ url: `${base}/${MISSING_ID}/${step}`, ...body }),
  };
}

const card = (step: string, payload?: object) =>
  onRecord('/api/cards', 'cardId', (t) => t.cardId, step, payload);
const extension = (step: string, payload?: object) =>
  onRecord('/api/extensions', 'extensionId', (t) => t.extensionId, step, payload);
const completion = (step: string, payload?: object) =>
  onRecord('/api/completions', 'completionId', (t) => t.completionId, step, payload);

export const SUPERVISION_ROWS: Row[] = [
  {
    method: 'GET',
    route: '/api/lights',
    request: (t) => ({ url: `/api/lights?period=2024-Q2&unitId=${t.unitId}` }),
    expect: OFFICE_AND_OWN,
  },
  {
    method: 'POST',
    route: '/api/cards',
    request: (t) => ({
      url: '/api/cards',
      payload: {
        taskId: t.task13,
        unitId: t.unitId,
        period: '2024-Q2',
        color: 'yellow',
        reason: '未按时报送',
        rectifyBy: '2024-05-20',
      },
    }),
    expect: SUPERVISOR,
  },
  {
    method: 'GET',
    route: '/api/cards',
    request: (t) => ({ url: `/api/cards?year=2024&unitId=${t.unitId}` }),
    expect: OFFICE_AND_OWN,
  },
  {
    method: 'GET',
    route: '/api/cards/:cardId',
    request: (t) => ({ url: `/api/cards/${t.cardId}` }),
    missing: () => ({ url: `/api/cards/${MISSING_ID}` }),
    expect: cells({ office: 'allowed', own: 'allowed', other: HIDDEN }),
  },
  {
    ...card('answer', { text: '已整改到位' }),
    expect: cells({ own: 'allowed', other: HIDDEN }),
  },
  { ...card('reject-answer', { text: '整改不到位' }), expect: SUPERVISOR_STEP },
  { ...card('lower'), expect: SUPERVISOR_STEP },
  { ...card('close'), expect: SUPERVISOR_STEP },
  {
    method: 'POST',
    route: '/api/extensions',
    request: (t) => ({
      url: '/api/extensions',
      payload: { taskId: t.task13, period: '2024-Q2', requestedDueOn: '2024-07-20', reason: '数据未出' },
    }),
    // The unit that owes the task (409: its request is pending); 市财政局 owes nothing on it.
    expect: cells({ own: 'allowed' }),
  },
  {
    method: 'GET',
    route: '/api/extensions',
    request: (t) => ({ url: `/api/extensions?period=2024-Q2&unitId=${t.unitId}` }),
    expect: OFFICE_AND_OWN,
  },
  { ...extension('approve'), expect: SUPERVISOR },
  { ...extension('deny', { reason: '理由不充分' }), expect: SUPERVISOR },
  {
    method: 'POST',
    route: '/api/completions',
    request: (t) => ({ url: '/api/completions', payload: { taskId: t.task14, evidence: '已完成' } }),
    expect: cells({ own: 'allowed' }),
  },
  {
    method: 'GET',
    route: '/api/completions',
    request: (t) => ({ url: `/api/completions?year=2024&unitId=${t.unitId}` }),
    expect: OFFICE_AND_OWN,
  },
  { ...completion('verify'), expect: SUPERVISOR },
  { ...completion('reject', { reason: '佐证不足' }), expect: SUPERVISOR },
  {
    method: 'POST',
    route: '/api/hotline',
    request: (t) => ({
      url: '/api/hotline',
      payload: { taskId: t.task13, channel: 'web', content: '群众来电' },
    }),
    expect: SUPERVISOR,
  },
  {
    ...onRecord('/api/hotline', 'messageId', (t) => t.hotlineId, 'answer', { text: '已回复来电群众' }),
    expect: cells({ own: 'allowed', other: HIDDEN }),
  },
  {
    method: 'GET',
    route: '/api/tasks/:taskId/hotline',
    request: (t) => ({ url: `/api/tasks/${t.task13}/hotline` }),
    expect: OFFICE_AND_OWN,
  },
  {
    method: 'GET',
    route: '/api/supervision-orders',
    request: (t) => ({ url: `/api/supervision-orders?period=2024-Q2&unitId=${t.unitId}` }),
    expect: OFFICE_AND_OWN,
  },
  {
    method: 'GET',
    route: '/api/notifications',
    request: () => ({ url: '/api/notifications' }),
    expect: SIGNED_IN,
  },
  {
    method: 'GET',
    route: '/api/notifications/:notificationId',
    request: (t) => ({ url: `/api/notifications/${t.notificationId}` }),
    missing: () => ({ url: `/api/notifications/${MISSING_ID}` }),
    // Another unit's notice, or the office's, answers like a missing one.
    expect: cells({ signedIn: HIDDEN, own: 'allowed' }),
  },
  {
    method: 'POST',
    route: '/api/notifications/read-all',
    // Each caller marks its own unit's (or the office's) notices: never refused, never another's.
    request: () => ({ url: '/api/notifications/read-all', payload: {} }),
    expect: SIGNED_IN,
  },
  {
    ...onRecord('/api/notifications', 'notificationId', (t) => t.notificationId, 'read'),
    // A unit's notice: the office's own notices are elsewhere, so to it this one does not exist.
    expect: cells({ signedIn: HIDDEN, own: 'allowed' }),
  },
];

export const PERIOD_ROWS: Row[] = [
  {
    method: 'POST',
    route: '/api/periods/:year/:key/close',
    // 2024-Q1 is closed already: 409 for the supervisor.
    request: () => ({ url: '/api/periods/2024/2024-Q1/close' }),
    expect: SUPERVISOR,
  },
  {
    method: 'GET',
    route: '/api/periods/:year/:key/snapshot',
    request: () => ({ url: '/api/periods/2024/2024-Q1/snapshot' }),
    expect: OFFICE,
  },
  {
    method: 'GET',
    route: '/api/periods/:year/:key/diff',
    request: () => ({ url: '/api/periods/2024/2024-Q1/diff' }),
    expect: OFFICE,
  },
  {
    method: 'GET',
    route: '/api/burden',
    request: (t) => ({ url: `/api/burden?year=2024&unitId=${t.unitId}` }),
    expect: OFFICE_AND_OWN,
  },
  {
    method: 'GET',
    route: '/api/assessment/:year/ledger',
    request: () => ({ url: '/api/assessment/2024/ledger' }),
    expect: OFFICE,
  },
  {
    method: 'GET',
    route: '/api/assessment/:year/units/:unitId/statement',
    request: (t) => ({ url: `/api/assessment/2024/units/${t.unitId}/statement` }),
    expect: OFFICE_AND_OWN,
  },
  {
    method: 'GET',
    route: '/api/assessment/:year/rules',
    request: () => ({ url: '/api/assessment/2024/rules' }),
    expect: SIGNED_IN,
  },
  {
    method: 'GET',
    route: '/api/assessment/:year/export.csv',
    request: () => ({ url: '/api/assessment/2024/export.csv' }),
    expect: OFFICE,
  },
];
