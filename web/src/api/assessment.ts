// The annual assessment: the ledger with ranking (office, leaders), a unit's statement, the rules.
import type { AssessmentRules, Ledger, Statement } from '../../../src/contracts/assessment.schema.ts';
import { api } from './client.ts';

export type { AssessmentRules, Ledger, Statement } from '../../../src/contracts/assessment.schema.ts';
export type LedgerLine = Ledger['lines'][number];
export type LedgerFact = Ledger['facts'][number];
export type LedgerResult = Ledger['results'][number];
export type Points = LedgerResult['total'];

export const getLedger = (year: number): Promise<Ledger> => api('GET', `/api/assessment/${year}/ledger`);

export const getStatement = (year: number, unitId: number): Promise<Statement> =>
  api('GET', `/api/assessment/${year}/units/${unitId}/statement`);

export const getAssessmentRules = (year: number): Promise<AssessmentRules> =>
  api('GET', `/api/assessment/${year}/rules`);

export const exportCsvPath = (year: number): string => `/api/assessment/${year}/export.csv`;
