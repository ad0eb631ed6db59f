// The HTTP side of group-chat delivery: DingTalk robots want a signature in the query
// (timestamp + "\n" + secret, HMAC-SHA256 with the secret, base64), WeCom robots carry their key in
// the URL. Both answer errcode 0 on success. Every post has a timeout.
import { createHmac } from 'node:crypto';
import type { OutboundMessage } from '../../core/supervision/webhook-payload.ts';
import { webhookPayload } from '../../core/supervision/webhook-payload.ts';
import type { Deliver, DeliveryOutcome, WebhookTarget } from './delivery.ts';

export const DEFAULT_WEBHOOK_TIMEOUT_MS = 5_000;

export function dingTalkSignature(timestampMs: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** The robot's address with DingTalk's timestamp and signature added when a secret is set. */
export function signedUrl(target: WebhookTarget, at: Date): string {
  if (target.platform !== 'dingtalk' || !target.secret) return target.url;
  const url = new URL(target.url);
  const timestamp = at.getTime();
  url.searchParams.set('timestamp', String(timestamp));
  url.searchParams.set('sign', dingTalkSignature(timestamp, target.secret));
  return url.toString();
}

export function webhookSender(options: { timeoutMs?: number } = {}): Deliver {
  const timeoutMs = options.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  return async (target: WebhookTarget, message: OutboundMessage, at: Date): Promise<DeliveryOutcome> => {
    const response = await fetch(signedUrl(target, at), {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(webhookPayload(target.platform, message)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok)
      return {
        ok: false,
        httpStatus: response.status,
        error: `HTTP ${response.status}: ${text.slice(0, 200)}`,
      };
    return robotAnswer(response.status, text);
  };
}

/** Both robots answer 200 with { errcode, errmsg }; anything but errcode 0 is a failure. */
function robotAnswer(status: number, text: string): DeliveryOutcome {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, httpStatus: status, error: `not a robot answer: ${text.slice(0, 200)}` };
  }
  const code = body && typeof body === 'object' && 'errcode' in body ? body.errcode : null;
  if (code === 0) return { ok: true, httpStatus: status };
  return { ok: false, httpStatus: status, error: `robot refused: ${text.slice(0, 200)}` };
}
