// The annual assessment: the ledger with ranking (office, leaders), a unit's statement, the rules.
import { api } from './client.ts';

export interface Points {
  tenths: number;
  display: string;
}

export interface LedgerLine {
  unitId: number;
  ruleKey: string;
  points: Points;
  eventRef: string;
  explanation: string;
}

export interface Ledger {
  year: number;
  results: { unitId: number; unitName: string; total: Points; rank: number; lineCount: number }[];
  lines: LedgerLine[];
  totalOfLines: Points;
}

export interface Statement {
  year: number;
  unitId: number;
  unitName: string;
  total: Points;
  rank: number;
  rankedUnits: number;
  subtotals: { ruleKey: string; label: string; count: number; points: Points }[];
  lines: LedgerLine[];
  text: string[];
}

export interface AssessmentRules {
  year: number;
  rules: { ruleKey: string; label: string; points: Points; per: string }[];
}

export const getLedger = (year: number): Promise<Ledger> => api('GET', `/api/assessment/${year}/ledger`);

export const getStatement = (year: number, unitId: number): Promise<Statement> =>
  api('GET', `/api/assessment/${year}/units/${unitId}/statement`);

export const getAssessmentRules = (year: number): Promise<AssessmentRules> =>
  api('GET', `/api/assessment/${year}/rules`);

export const exportCsvPath = (year: number): string => `/api/assessment/${year}/export.csv`;
