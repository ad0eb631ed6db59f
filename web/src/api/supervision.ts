// Supervision: computed lights, cards (亮牌), extension requests and completion claims.
import { api } from './client.ts';

export type LightColor = 'green' | 'yellow' | 'red';
export type CardColor = 'yellow' | 'red';
export type CardState = 'issued' | 'answered' | 'lowered' | 'closed';

export const LIGHT_LABELS: Record<LightColor, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
export const LIGHT_TAG_COLORS: Record<LightColor, string> = {
  green: 'green',
  yellow: 'gold',
  red: 'red',
};
export const CARD_LABELS: Record<CardColor, string> = { yellow: '黄牌', red: '红牌' };
export const CARD_STATE_LABELS: Record<CardState, string> = {
  issued: '待整改',
  answered: '已报送整改',
  lowered: '已降级',
  closed: '已销号',
};

export interface Light {
  period: string;
  task: { id: number; seq: number; text: string };
  unit: { id: number; name: string };
  role: 'lead' | 'responsible';
  light: LightColor;
  label: string;
  reasons: string[];
  dueOn: string;
}

export interface Lights {
  period: string;
  tally: Record<LightColor, number>;
  lights: Light[];
}

export const getLights = (period: string): Promise<Lights> =>
  api<Lights>('GET', `/api/lights?period=${encodeURIComponent(period)}`);

/** Lights by task and unit, for lookups from a table row. */
export const lightKey = (taskId: number, unitId: number): string => `${taskId}:${unitId}`;
export const indexLights = (lights: Lights | null | undefined): Map<string, Light> =>
  new Map((lights?.lights ?? []).map((light) => [lightKey(light.task.id, light.unit.id), light]));

export interface CardStep {
  action: 'issue' | 'answer' | 'reject_answer' | 'lower' | 'close';
  by: number | null;
  at: string;
  text: string;
  state: CardState;
  color: CardColor;
}

export interface SupervisionCard {
  id: number;
  taskId: number;
  unitId: number;
  period: string;
  color: CardColor;
  colorLabel: string;
  issuedColor: CardColor;
  state: CardState;
  reason: string;
  rectifyBy: string;
  rectificationOverdue: boolean;
  history: CardStep[];
}

export const CARD_STEP_LABELS: Record<CardStep['action'], string> = {
  issue: '亮牌',
  answer: '报送整改情况',
  reject_answer: '整改不到位',
  lower: '降为黄牌',
  close: '销号',
};

export interface IssueCard {
  taskId: number;
  unitId: number;
  period: string;
  color: CardColor;
  reason: string;
  rectifyBy: string;
}

export const issueCard = async (input: IssueCard): Promise<SupervisionCard> =>
  (await api<{ card: SupervisionCard }>('POST', '/api/cards', input)).card;

export type CardStepPath = 'answer' | 'reject-answer' | 'lower' | 'close';

export const stepCard = async (cardId: number, step: CardStepPath, text?: string): Promise<SupervisionCard> =>
  (
    await api<{ card: SupervisionCard }>(
      'POST',
      `/api/cards/${cardId}/${step}`,
      text === undefined || text === '' ? {} : { text },
    )
  ).card;

export const getCards = async (query: { year?: number; period?: string; unitId?: number }) => {
  const params = new URLSearchParams();
  if (query.year !== undefined) params.set('year', String(query.year));
  if (query.period) params.set('period', query.period);
  if (query.unitId !== undefined) params.set('unitId', String(query.unitId));
  return (await api<{ cards: SupervisionCard[] }>('GET', `/api/cards?${params.toString()}`)).cards;
};

export interface Extension {
  id: number;
  taskId: number;
  unitId: number;
  period: string;
  requestedDueOn: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  statusLabel: string;
  grantedDueOn: string | null;
  decisionReason: string | null;
}

export const requestExtension = async (input: {
  taskId: number;
  period: string;
  requestedDueOn: string;
  reason: string;
}): Promise<Extension> => (await api<{ extension: Extension }>('POST', '/api/extensions', input)).extension;

export interface Completion {
  id: number;
  taskId: number;
  unitId: number;
  evidence: string;
  state: 'claimed' | 'verified' | 'rejected';
  stateLabel: string;
  decisionReason: string | null;
}

export const claimCompletion = async (input: { taskId: number; evidence: string }): Promise<Completion> =>
  (await api<{ completion: Completion }>('POST', '/api/completions', { ...input, attachmentIds: [] }))
    .completion;

// The office's side of extension requests and completion claims, and closing a quarter.

export const EXTENSION_STATUS_LABELS: Record<Extension['status'], string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '已驳回',
};
export const COMPLETION_STATE_LABELS: Record<Completion['state'], string> = {
  claimed: '待核验',
  verified: '已核验办结',
  rejected: '已退回',
};

export const getExtensions = async (period: string): Promise<Extension[]> =>
  (await api<{ extensions: Extension[] }>('GET', `/api/extensions?period=${encodeURIComponent(period)}`))
    .extensions;

export const approveExtension = async (id: number, dueOn?: string): Promise<Extension> =>
  (
    await api<{ extension: Extension }>(
      'POST',
      `/api/extensions/${id}/approve`,
      dueOn === undefined || dueOn === '' ? {} : { dueOn },
    )
  ).extension;

export const denyExtension = async (id: number, reason: string): Promise<Extension> =>
  (await api<{ extension: Extension }>('POST', `/api/extensions/${id}/deny`, { reason })).extension;

export const getCompletions = async (year: number): Promise<Completion[]> =>
  (await api<{ completions: Completion[] }>('GET', `/api/completions?year=${year}`)).completions;

export const verifyCompletion = async (id: number): Promise<Completion> =>
  (await api<{ completion: Completion }>('POST', `/api/completions/${id}/verify`, {})).completion;

export const rejectCompletion = async (id: number, reason: string): Promise<Completion> =>
  (await api<{ completion: Completion }>('POST', `/api/completions/${id}/reject`, { reason })).completion;

export interface SnapshotCard {
  id: number;
  taskId: number;
  unitId: number;
  color: CardColor;
  issuedColor: CardColor;
  state: CardState;
}

export interface PeriodSnapshot {
  period: string;
  takenAt: string;
  lights: {
    taskId: number;
    seq: number;
    unitId: number;
    unitName: string;
    light: LightColor;
    reasons: string[];
  }[];
  cards: SnapshotCard[];
  scores: { unitId: number; unitName: string; total: number; rank: number }[];
}

export interface SnapshotDiff {
  period: string;
  previousPeriod: string | null;
  lightsChanged: { taskId: number; unitId: number; from: LightColor | null; to: LightColor | null }[];
  newCards: SnapshotCard[];
  scoreDeltas: { unitId: number; before: number; after: number; delta: number }[];
}

/** `period` is a key like 2024-Q1; the route names the plan's year and then the whole key. */
const periodPath = (period: string): string =>
  `/api/periods/${encodeURIComponent(period.slice(0, 4))}/${encodeURIComponent(period)}`;

export const closePeriod = (
  period: string,
): Promise<{ period: { key: string; state: string }; snapshot: PeriodSnapshot }> =>
  api('POST', `${periodPath(period)}/close`);

export const getSnapshot = (period: string): Promise<PeriodSnapshot> =>
  api('GET', `${periodPath(period)}/snapshot`);

export const getSnapshotDiff = (period: string): Promise<SnapshotDiff> =>
  api('GET', `${periodPath(period)}/diff`);
