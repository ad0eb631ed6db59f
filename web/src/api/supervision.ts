// Supervision: computed lights, cards (亮牌), extension requests and completion claims.
import type { CardState } from '../../../src/core/supervision/cards.ts';
import { COMPLETION_LABELS } from '../../../src/core/supervision/completion.ts';
import { EXTENSION_LABELS } from '../../../src/core/supervision/extension-rules.ts';
import type { Light as LightColor } from '../../../src/core/supervision/light-rules.ts';
import type { ClosedPeriod, Snapshot, SnapshotDiff } from '../../../src/contracts/assessment.schema.ts';
import type { Card, Cards, IssueCardBody, OneCard } from '../../../src/contracts/cards.schema.ts';
import type {
  ClaimCompletionBody,
  Completion,
  Completions,
  Extension,
  Extensions,
  OneCompletion,
  OneExtension,
  RequestExtensionBody,
} from '../../../src/contracts/supervision-requests.schema.ts';
import type { Light, Lights } from '../../../src/contracts/supervision.schema.ts';
import { api } from './client.ts';

export type { Light as LightColor } from '../../../src/core/supervision/light-rules.ts';
export type { CardColor, CardState } from '../../../src/core/supervision/cards.ts';

/** The lights' and cards' names are the server's (core/supervision); the tag colours are the web's. */
export { LIGHT_LABELS } from '../../../src/core/supervision/light-rules.ts';
export { CARD_LABELS } from '../../../src/core/supervision/cards.ts';
export const LIGHT_TAG_COLORS: Record<LightColor, string> = {
  green: 'green',
  yellow: 'gold',
  red: 'red',
};
export const CARD_STATE_LABELS: Record<CardState, string> = {
  issued: '待整改',
  answered: '已报送整改',
  lowered: '已降级',
  closed: '已销号',
};

export type { Light, Lights } from '../../../src/contracts/supervision.schema.ts';

export const getLights = (period: string): Promise<Lights> =>
  api<Lights>('GET', `/api/lights?period=${encodeURIComponent(period)}`);

/** Lights by task and unit, for lookups from a table row. */
export const lightKey = (taskId: number, unitId: number): string => `${taskId}:${unitId}`;
export const indexLights = (lights: Lights | null | undefined): Map<string, Light> =>
  new Map((lights?.lights ?? []).map((light) => [lightKey(light.task.id, light.unit.id), light]));

export type { Card as SupervisionCard } from '../../../src/contracts/cards.schema.ts';
export type CardStep = Card['history'][number];

export const CARD_STEP_LABELS: Record<CardStep['action'], string> = {
  issue: '亮牌',
  answer: '报送整改情况',
  reject_answer: '整改不到位',
  lower: '降为黄牌',
  close: '销号',
};

export type { IssueCardBody as IssueCard } from '../../../src/contracts/cards.schema.ts';

export const issueCard = async (input: IssueCardBody): Promise<Card> =>
  (await api<OneCard>('POST', '/api/cards', input)).card;

export type CardStepPath = 'answer' | 'reject-answer' | 'lower' | 'close';

export const stepCard = async (cardId: number, step: CardStepPath, text?: string): Promise<Card> =>
  (
    await api<OneCard>(
      'POST',
      `/api/cards/${cardId}/${step}`,
      text === undefined || text === '' ? {} : { text },
    )
  ).card;

export const getCards = async (query: {
  year?: number;
  period?: string;
  unitId?: number;
}): Promise<Card[]> => {
  const params = new URLSearchParams();
  if (query.year !== undefined) params.set('year', String(query.year));
  if (query.period) params.set('period', query.period);
  if (query.unitId !== undefined) params.set('unitId', String(query.unitId));
  return (await api<Cards>('GET', `/api/cards?${params.toString()}`)).cards;
};

export type { Completion, Extension } from '../../../src/contracts/supervision-requests.schema.ts';

export const requestExtension = async (input: RequestExtensionBody): Promise<Extension> =>
  (await api<OneExtension>('POST', '/api/extensions', input)).extension;

export const claimCompletion = async (
  input: Omit<ClaimCompletionBody, 'attachmentIds'>,
): Promise<Completion> => {
  const body: ClaimCompletionBody = { ...input, attachmentIds: [] };
  return (await api<OneCompletion>('POST', '/api/completions', body)).completion;
};

// The office's side of extension requests and completion claims, and closing a quarter.

export const EXTENSION_STATUS_LABELS: Record<Extension['status'], string> = EXTENSION_LABELS;
export const COMPLETION_STATE_LABELS: Record<Completion['state'], string> = COMPLETION_LABELS;

export const getExtensions = async (period: string): Promise<Extension[]> =>
  (await api<Extensions>('GET', `/api/extensions?period=${encodeURIComponent(period)}`)).extensions;

export const approveExtension = async (id: number, dueOn?: string): Promise<Extension> =>
  (
    await api<OneExtension>(
      'POST',
      `/api/extensions/${id}/approve`,
      dueOn === undefined || dueOn === '' ? {} : { dueOn },
    )
  ).extension;

export const denyExtension = async (id: number, reason: string): Promise<Extension> =>
  (await api<OneExtension>('POST', `/api/extensions/${id}/deny`, { reason })).extension;

export const getCompletions = async (year: number): Promise<Completion[]> =>
  (await api<Completions>('GET', `/api/completions?year=${year}`)).completions;

export const verifyCompletion = async (id: number): Promise<Completion> =>
  (await api<OneCompletion>('POST', `/api/completions/${id}/verify`, {})).completion;

export const rejectCompletion = async (id: number, reason: string): Promise<Completion> =>
  (await api<OneCompletion>('POST', `/api/completions/${id}/reject`, { reason })).completion;

export type { Snapshot as PeriodSnapshot, SnapshotDiff } from '../../../src/contracts/assessment.schema.ts';
export type SnapshotCard = Snapshot['cards'][number];

/** `period` is a key like 2024-Q1; the route names the plan's year and then the whole key. */
const periodPath = (period: string): string =>
  `/api/periods/${encodeURIComponent(period.slice(0, 4))}/${encodeURIComponent(period)}`;

export const closePeriod = (period: string): Promise<ClosedPeriod> =>
  api('POST', `${periodPath(period)}/close`);

export const getSnapshot = (period: string): Promise<Snapshot> =>
  api('GET', `${periodPath(period)}/snapshot`);

export const getSnapshotDiff = (period: string): Promise<SnapshotDiff> =>
  api('GET', `${periodPath(period)}/diff`);
