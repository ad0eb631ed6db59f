// The supervision hotline (热线与公众反馈): the office logs a call or message about a task, a unit of
// the task answers; and the burden meter (减负): what each unit is asked to fill per quarter.
import { api } from './client.ts';

export const HOTLINE_CHANNELS = ['phone', 'message', 'web', 'letter', 'visit'] as const;
export type HotlineChannel = (typeof HOTLINE_CHANNELS)[number];

export const HOTLINE_CHANNEL_LABELS: Record<HotlineChannel, string> = {
  phone: '电话',
  message: '短信',
  web: '网上留言',
  letter: '来信',
  visit: '来访',
};

export interface HotlineAnswer {
  id: number;
  unitId: number;
  text: string;
  answeredAt: string;
}

export interface HotlineRecord {
  id: number;
  taskId: number;
  channel: HotlineChannel;
  /** Shown to the office and leaders only. */
  caller: string | null;
  content: string;
  loggedAt: string;
  answers: HotlineAnswer[];
}

export interface LogHotline {
  taskId: number;
  channel: HotlineChannel;
  caller?: string | null;
  content: string;
}

export const logHotline = (
  input: LogHotline,
): Promise<{ message: HotlineRecord; notifiedUnitIds: number[] }> => api('POST', '/api/hotline', input);

export const answerHotline = async (messageId: number, text: string): Promise<HotlineAnswer> =>
  (await api<{ answer: HotlineAnswer }>('POST', `/api/hotline/${messageId}/answer`, { text })).answer;

export const getTaskHotline = async (taskId: number): Promise<HotlineRecord[]> =>
  (await api<{ messages: HotlineRecord[] }>('GET', `/api/tasks/${taskId}/hotline`)).messages;

export interface BurdenRow {
  unitId: number;
  unitName: string;
  period: string;
  forms: number;
  formFields: number;
  indicatorFields: number;
  fields: number;
  screenshotsRequired: 0;
}

export interface Burden {
  year: number;
  statement: string;
  formFields: string[];
  screenshotsRequired: 0;
  rows: BurdenRow[];
}

export const getBurden = (query: { year: number; period?: string; unitId?: number }): Promise<Burden> => {
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
