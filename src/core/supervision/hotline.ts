// How a call to the supervision hotline reached the office.
import { namedCodes } from '../named-codes.ts';

export const { codes: HOTLINE_CHANNELS, names: HOTLINE_CHANNEL_LABELS } = namedCodes({
  phone: '电话',
  message: '短信',
  web: '网上留言',
  letter: '来信',
  visit: '来访',
});
export type HotlineChannel = (typeof HOTLINE_CHANNELS)[number];

/** The most a hotline record's caller, its content and a unit's answer may hold. */
export const HOTLINE_LIMITS = { caller: 100, text: 4000 } as const;
