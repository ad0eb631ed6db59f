// The annual assessment: the ledger with ranking (office, leaders), a unit's statement, the rules.
import { api } from './client.ts';

export interface Points {
  tenths: number;
  display: string;
}

/** One rule's result for a unit: count ÷ base × weight, rounded to tenths. */
export interface LedgerLine {
  unitId: number;
  ruleKey: string;
  label: string;
  points: Points;
  count: number;
  base: number;
  provisional: number;
  explanation: string;
}

export interface LedgerFact {
  unitId: number;
  ruleKey: string;
  eventRef: string;
  explanation: string;
  provisional: boolean;
}

export interface LedgerResult {
  unitId: number;
  unitName: string;
  total: Points;
  rank: number;
  owedFilings: number;
  leadTasks: number;
  provisional: boolean;
  lineCount: number;
}

export interface Ledger {
  year: number;
  formula: string[];
  results: LedgerResult[];
  lines: LedgerLine[];
  facts: LedgerFact[];
  totalOfLines: Points;
}

export interface Statement {
  year: number;
  unitId: number;
  unitName: string;
  total: Points;
  rank: number;
  rankedUnits: number;
  owedFilings: number;
  leadTasks: number;
  provisional: boolean;
  formula: string[];
  subtotals: { ruleKey: string; label: string; count: number; points: Points }[];
  lines: LedgerLine[];
  facts: LedgerFact[];
  text: string[];
}

export interface AssessmentRules {
  year: number;
  formula: string[];
  rules: { ruleKey: string; label: string; points: Points; per: string }[];
}

export const getLedger = (year: number): Promise<Ledger> => api('GET', `/api/assessment/${year}/ledger`);

export const getStatement = (year: number, unitId: number): Promise<Statement> =>
  api('GET', `/api/assessment/${year}/units/${unitId}/statement`);

export const getAssessmentRules = (year: number): Promise<AssessmentRules> =>
  api('GET', `/api/assessment/${year}/rules`);

export const exportCsvPath = (year: number): string => `/api/assessment/${year}/export.csv`;
