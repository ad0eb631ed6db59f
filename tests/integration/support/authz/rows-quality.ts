// Matrix rows: quality flags, the quarter comparison and the plan's quality settings. The report
// is 市经信局's empty draft: the office has no version of it to judge, so a dismissal by the
// supervisor answers 409.
import { MISSING_ID } from './fixture.ts';
import { cells, OFFICE_AND_OWN, onlyRoles, type Row } from './matrix.ts';

const dismissal = { reason: '已核实,属正常表述' };
/** The plan's quality settings as they stand, sent back unchanged. */
const qualityOf = (rules: object) => (rules as { quality: object }).quality;

export const QUALITY_ROWS: Row[] = [
  {
    method: 'GET',
    route: '/api/quality/flags',
    request: (t) => ({ url: `/api/quality/flags?period=2024-Q2&unitId=${t.unitId}` }),
    expect: OFFICE_AND_OWN,
  },
  {
    method: 'GET',
    route: '/api/reports/:reportId/quality',
    request: (t) => ({ url: `/api/reports/${t.reportId}/quality` }),
    missing: () => ({ url: `/api/reports/${MISSING_ID}/quality` }),
    // Another unit's filing answers like a missing one.
    expect: cells({ office: 'allowed', own: 'allowed', other: 404 }),
  },
  {
    method: 'POST',
    route: '/api/reports/:reportId/quality/:flag/dismiss',
    request: (t) => ({ url: `/api/reports/${t.reportId}/quality/vague/dismiss`, payload: dismissal }),
    missing: () => ({ url: `/api/reports/${MISSING_ID}/quality/vague/dismiss`, payload: dismissal }),
    expect: onlyRoles('supervisor'),
  },
  {
    method: 'GET',
    route: '/api/tasks/:taskId/periods/:key/compare',
    request: (t) => ({ url: `/api/tasks/${t.task13}/periods/2024-Q2/compare` }),
    expect: onlyRoles('admin', 'supervisor', 'leader'),
  },
  {
    method: 'GET',
    route: '/api/plans/:year/quality-rules',
    request: () => ({ url: '/api/plans/2024/quality-rules' }),
    expect: onlyRoles('admin', 'supervisor'),
  },
  {
    method: 'PUT',
    route: '/api/plans/:year/quality-rules',
    request: (t) => ({ url: '/api/plans/2024/quality-rules', payload: qualityOf(t.rules) }),
    expect: onlyRoles('admin', 'supervisor'),
  },
];
