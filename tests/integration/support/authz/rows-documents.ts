// Matrix rows: the office documents. The plan and the publication are public; the summary and the
// bulletin are the office's and leaders'; a unit's feedback template is its own (the office any unit's).
import { cells, EVERYONE, OFFICE_AND_OWN, onlyRoles, type Row } from './matrix.ts';

const OFFICE = onlyRoles('admin', 'supervisor', 'leader');

const download = (route: string, url: string, expect: Row['expect']): Row => ({
  method: 'GET',
  route,
  request: () => ({ url }),
  expect,
});

export const DOCUMENT_ROWS: Row[] = [
  download('/api/plans/:year/export.xlsx', '/api/plans/2024/export.xlsx', EVERYONE),
  download('/api/plans/:year/export.docx', '/api/plans/2024/export.docx', EVERYONE),
  download('/api/documents/summary.xlsx', '/api/documents/summary.xlsx?period=2024-Q2', OFFICE),
  download('/api/documents/publication.xlsx', '/api/documents/publication.xlsx?period=2024-Q2', EVERYONE),
  download('/api/documents/publication.docx', '/api/documents/publication.docx?period=2024-Q2', EVERYONE),
  download('/api/documents/publication.html', '/api/documents/publication.html?period=2024-Q2', EVERYONE),
  download('/api/documents/bulletin.docx', '/api/documents/bulletin.docx?period=2024-Q2', OFFICE),
  // 409 where LibreOffice is missing: still past the role check.
  download('/api/documents/bulletin.pdf', '/api/documents/bulletin.pdf?period=2024-Q2', OFFICE),
  {
    method: 'GET',
    route: '/api/documents/template.xlsx',
    request: (t) => ({ url: `/api/documents/template.xlsx?period=2024-Q2&unitId=${t.unitId}` }),
    expect: OFFICE_AND_OWN,
  },
  {
    method: 'POST',
    route: '/api/documents/template',
    // A PDF is not a template: 400 for a unit account, which applies its own unit's rows.
    request: (t) => ({
      url: '/api/documents/template?period=2024-Q2',
      payload: t.pdf.payload,
      headers: t.pdf.headers,
    }),
    expect: cells({ units: 'allowed' }),
  },
];
