// The demo's accounts. Logins follow the pattern `duban users bootstrap` uses for units
// (unit code + role); the password is the same for all and printed when the demo starts.
import type { AccountRole } from '../../core/policy/policy.types.ts';

export const DEMO_YEAR = 2024;
export const DEMO_PASSWORD = 'duban-demo-2024';

/** Unit -> code: 发改委 fgw, 经信局 jxj, 财政局 czj (pinyin initials). */
export const DEMO_UNIT_CODES: Readonly<Record<string, string>> = {
  市发改委: 'fgw',
  市经信局: 'jxj',
  市财政局: 'czj',
};

export interface DemoAccount {
  login: string;
  displayName: string;
  role: AccountRole;
  /** The unit's name, for reporters and approvers. */
  unit: string | null;
}

const unitAccounts = (unit: string, code: string): DemoAccount[] => [
  { login: `${code}-reporter`, displayName: `${unit} 填报员`, role: 'reporter', unit },
  { login: `${code}-approver`, displayName: `${unit} 审核人`, role: 'approver', unit },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { login: 'admin', displayName: '系统管理员', role: 'admin', unit: null },
  { login: 'duchaban', displayName: '督查办', role: 'supervisor', unit: null },
  { login: 'shizhang', displayName: '市长', role: 'leader', unit: null },
  ...Object.entries(DEMO_UNIT_CODES).flatMap(([unit, code]) => unitAccounts(unit, code)),
];
