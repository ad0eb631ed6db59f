// How a call to the supervision hotline reached the office.

export const HOTLINE_CHANNELS = ['phone', 'message', 'web', 'letter', 'visit'] as const;
export type HotlineChannel = (typeof HOTLINE_CHANNELS)[number];

export const HOTLINE_CHANNEL_LABELS: Record<HotlineChannel, string> = {
  phone: '电话',
  message: '短信',
  web: '网上留言',
  letter: '来信',
  visit: '来访',
};

/** The most a hotline record's caller, its content and a unit's answer may hold. */
export const HOTLINE_LIMITS = { caller: 100, text: 4000 } as const;
