// Matrix rows: the reporting loop. The report is 市经信局's empty draft, so every step an allowed
// role may take is refused on its content or state (400/409) and the draft stays as it is.
import { MISSING_ID } from './fixture.ts';
import { cells, EVERYONE, OFFICE_AND_OWN, onlyRoles, type Row } from './matrix.ts';

const HIDDEN = 404;
/** Another unit's draft, and anyone not signed in, get the answer of a missing report. */
const reportStep = (allowed: Parameters<typeof cells>[0]) =>
  cells({ other: HIDDEN, anonymous: HIDDEN, ...allowed });

const step = (path: string, payload?: object): Pick<Row, 'route' | 'request' | 'missing'> => ({
  route: `/api/reports/:reportId/${path}`,
  request: (t) => ({ url: `/api/reports/${t.reportId}/${path}`, ...(payload ? { payload } : {}) }),
  missing: () => ({ url: `/api/reports/${MISSING_ID}/${path}`, ...(payload ? { payload } : {}) }),
});

const batch = (path: string, reasons?: string): Pick<Row, 'route' | 'request'> => ({
  route: `/api/report-batches/${path}`,
  request: (t) => ({
    url: `/api/report-batches/${path}`,
    payload: { rows: [{ reportId: t.reportId, baseRevision: 1 }], ...(reasons ? { reasons } : {}) },
  }),
});

export const REPORT_ROWS: Row[] = [
  {
    method: 'GET',
    route: '/api/tasks/:taskId/periods/:key',
    request: (t) => ({ url: `/api/tasks/${t.task13}/periods/2024-Q2` }),
    expect: EVERYONE,
  },
  {
    method: 'PUT',
    route: '/api/tasks/:taskId/periods/:key/unit-input',
    // A stale base revision: 409 for the unit that owes the input, after the role and unit checks.
    request: (t) => ({ url: `/api/tasks/${t.task13}/periods/2024-Q2/unit-input`, payload: { baseRev: 99 } }),
    expect: cells({ own: 'allowed' }),
  },
  {
    method: 'PUT',
    route: '/api/tasks/:taskId/periods/:key/task-report',
    request: (t) => ({ url: `/api/tasks/${t.task14}/periods/2024-Q2/task-report`, payload: { baseRev: 99 } }),
    expect: cells({ own: 'allowed' }),
  },
  {
    method: 'GET',
    route: '/api/tasks/:taskId/periods/:key/inputs',
    request: (t) => ({ url: `/api/tasks/${t.task11}/periods/2024-Q2/inputs` }),
    expect: cells({ own: 'allowed' }),
  },
  {
    method: 'GET',
    route: '/api/reports/:reportId',
    request: (t) => ({ url: `/api/reports/${t.reportId}` }),
    missing: () => ({ url: `/api/reports/${MISSING_ID}` }),
    expect: reportStep({ office: 'allowed', own: 'allowed' }),
  },
  { method: 'POST', ...step('submit'), expect: reportStep({ own: 'allowed' }) },
  { method: 'POST', ...step('sign-off'), expect: reportStep({ 'approver.own': 'allowed' }) },
  { method: 'POST', ...step('accept'), expect: reportStep({ supervisor: 'allowed' }) },
  {
    method: 'POST',
    ...step('return', { reasons: '请补充数据' }),
    expect: reportStep({ supervisor: 'allowed' }),
  },
  // Corrections inside the unit: the draft is in the wrong state for each (409) where the role may.
  { method: 'POST', ...step('withdraw'), expect: reportStep({ own: 'allowed' }) },
  {
    method: 'POST',
    ...step('send-back', { reasons: '请核对数据' }),
    expect: reportStep({ 'approver.own': 'allowed' }),
  },
  {
    method: 'POST',
    ...step('edit-sign-off', { baseRev: 1, problems: '无' }),
    expect: reportStep({ 'approver.own': 'allowed' }),
  },
  // Batches: the role is checked for the whole batch (403); whose filing it is, per row (refused
  // rows in a 200), so another unit's accounts may send one and learn nothing from the answer.
  {
    method: 'POST',
    ...batch('submit'),
    expect: cells({ units: 'allowed' }),
  },
  {
    method: 'POST',
    ...batch('sign-off'),
    expect: cells({ 'approver.own': 'allowed', 'approver.other': 'allowed' }),
  },
  { method: 'POST', ...batch('accept'), expect: cells({ supervisor: 'allowed' }) },
  { method: 'POST', ...batch('return', '退回'), expect: cells({ supervisor: 'allowed' }) },
  {
    method: 'GET',
    route: '/api/worklist',
    request: (t) => ({ url: `/api/worklist?period=2024-Q2&unitId=${t.unitId}` }),
    expect: OFFICE_AND_OWN,
  },
  {
    method: 'GET',
    route: '/api/matrix',
    request: () => ({ url: '/api/matrix?period=2024-Q2' }),
    expect: onlyRoles('admin', 'supervisor', 'leader'),
  },
  {
    method: 'GET',
    route: '/api/published',
    request: () => ({ url: '/api/published?period=2024-Q2' }),
    expect: EVERYONE,
  },
  {
    method: 'POST',
    route: '/api/attachments',
    // Uploads go to the uploader's own unit: any unit account may, city-wide roles may not.
    request: (t) => ({ url: '/api/attachments', payload: t.pdf.payload, headers: t.pdf.headers }),
    expect: cells({ units: 'allowed' }),
  },
  {
    method: 'GET',
    route: '/api/attachments/:attachmentId',
    // Not yet in a filed version: only its unit sees it, to everyone else it does not exist.
    request: (t) => ({ url: `/api/attachments/${t.attachmentId}` }),
    missing: () => ({ url: `/api/attachments/${MISSING_ID}` }),
    expect: cells({ signedIn: HIDDEN, anonymous: HIDDEN, own: 'allowed' }),
  },
];
