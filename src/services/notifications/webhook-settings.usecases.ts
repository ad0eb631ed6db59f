// The admin sets or clears a unit's group-chat robot (钉钉 / 企业微信). The secret is stored for
// signing and never shown again; the audit trail only says whether one is set.
import { invalid, notFound } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { WebhookPlatform } from '../../core/supervision/webhook-payload.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import type { WebhookSettings } from './notifications.types.ts';

export interface WebhookInput {
  platform: WebhookPlatform;
  url: string;
  secret: string | null;
}

export async function setUnitWebhook(input: {
  actor: Actor;
  unitId: number;
  webhook: WebhookInput | null;
  store: Store;
  clock: Clock;
}): Promise<{ webhook: WebhookSettings | null }> {
  assertCan(input.actor, 'unit.manage');
  if (input.webhook) assertWebhookUrl(input.webhook.url);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    if (!(await repos.directory.findUnitById(input.unitId))) {
      throw notFound('unit.not_found', `no unit ${input.unitId}`, { unitId: input.unitId });
    }
    const before = await repos.notifications.findWebhook(input.unitId);
    const updatedBy = input.actor.kind === 'account' ? input.actor.accountId : null;
    const webhook = input.webhook
      ? await repos.notifications.saveWebhook({
          unitId: input.unitId,
          ...input.webhook,
          updatedAt: now,
          updatedBy,
        })
      : null;
    if (!webhook) await repos.notifications.deleteWebhook(input.unitId);
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'unit.webhook',
        entityType: 'unit',
        entityId: input.unitId,
        before: shown(before),
        after: shown(webhook),
      }),
    );
    return { webhook };
  });
}

function shown(settings: WebhookSettings | null) {
  return settings && { platform: settings.platform, url: settings.url, hasSecret: settings.secret !== null };
}

function assertWebhookUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid('webhook.invalid_url', 'the webhook address is not a URL', { field: 'url' });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalid('webhook.invalid_url', 'the webhook address must be http or https', { field: 'url' });
  }
}
