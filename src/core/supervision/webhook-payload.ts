// What a unit's group-chat robot receives. DingTalk and WeCom robots both take markdown; DingTalk
// wants a title beside the text, WeCom only the content. Signing happens where the message is sent.
export const WEBHOOK_PLATFORMS = ['dingtalk', 'wecom'] as const;
export type WebhookPlatform = (typeof WEBHOOK_PLATFORMS)[number];

export interface OutboundMessage {
  title: string;
  /** Markdown both robots render. */
  text: string;
}

export type WebhookPayload =
  | { msgtype: 'markdown'; markdown: { title: string; text: string } }
  | { msgtype: 'markdown'; markdown: { content: string } };

export function webhookPayload(platform: WebhookPlatform, message: OutboundMessage): WebhookPayload {
  switch (platform) {
    case 'dingtalk':
      return { msgtype: 'markdown', markdown: { title: message.title, text: message.text } };
    case 'wecom':
      return { msgtype: 'markdown', markdown: { content: message.text } };
  }
}

/** The markdown of a notice: a heading with its kind, then the lines that say what and where. */
export function noticeMarkdown(input: {
  kindLabel: string;
  title: string;
  lines: readonly string[];
}): OutboundMessage {
  const title = `【${input.kindLabel}】${input.title}`;
  const text = [`### ${title}`, ...input.lines.map((line) => `- ${line}`)].join('\n\n');
  return { title, text };
}
