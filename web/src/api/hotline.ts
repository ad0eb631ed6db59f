// The supervision hotline (热线与公众反馈): the office logs a call or message about a task, a unit of
// the task answers; and the burden meter (减负): what each unit is asked to fill per quarter.
import type { Burden, BurdenQuery } from '../../../src/contracts/assessment.schema.ts';
import type {
  Hotline,
  HotlineList,
  LogHotlineBody,
  LoggedHotline,
  OneHotlineAnswer,
} from '../../../src/contracts/hotline.schema.ts';
import { api } from './client.ts';

export {
  HOTLINE_CHANNEL_LABELS,
  HOTLINE_CHANNELS,
  type HotlineChannel,
} from '../../../src/core/supervision/hotline.ts';

export type {
  Hotline as HotlineRecord,
  LogHotlineBody as LogHotline,
} from '../../../src/contracts/hotline.schema.ts';
export type HotlineAnswer = OneHotlineAnswer['answer'];

export const logHotline = (input: LogHotlineBody): Promise<LoggedHotline> =>
  api('POST', '/api/hotline', input);

export const answerHotline = async (messageId: number, text: string): Promise<OneHotlineAnswer['answer']> =>
  (await api<OneHotlineAnswer>('POST', `/api/hotline/${messageId}/answer`, { text })).answer;

export const getTaskHotline = async (taskId: number): Promise<Hotline[]> =>
  (await api<HotlineList>('GET', `/api/tasks/${taskId}/hotline`)).messages;

export type { Burden } from '../../../src/contracts/assessment.schema.ts';
export type BurdenRow = Burden['rows'][number];

export const getBurden = (query: {
  year: number;
  period?: BurdenQuery['period'];
  unitId?: number;
}): Promise<Burden> => {
  const params = new URLSearchParams({ year: String(query.year) });
  if (query.period) params.set('period', query.period);
  if (query.unitId !== undefined) params.set('unitId', String(query.unitId));
  return api('GET', `/api/burden?${params.toString()}`);
};

/** 2024-03-05T… → 2024-03-05 08:00 in the viewer's clock. */
export const formatMoment = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
