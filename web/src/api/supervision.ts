// Supervision: computed lights, cards (亮牌), extension requests, completion claims and the
// notification centre.
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

export interface Notice {
  id: number;
  kind: string;
  level: number | null;
  unitId: number | null;
  taskId: number | null;
  title: string;
  lines: string[];
  createdAt: string;
  read: boolean;
}

export const getNotifications = (): Promise<{ unread: number; notifications: Notice[] }> =>
  api('GET', '/api/notifications');

export const markNoticeRead = async (id: number): Promise<Notice> =>
  (await api<{ notification: Notice }>('POST', `/api/notifications/${id}/read`, {})).notification;
