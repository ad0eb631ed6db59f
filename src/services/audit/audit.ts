// Builds audit events from the acting party, so every use case records who did what the same way.
import type { Actor } from '../../core/policy/policy.types.ts';
import type { AuditEventInput } from './audit.types.ts';

export interface AuditSubject {
  action: string;
  entityType: string;
  entityId: number | string | null;
  before?: unknown;
  after?: unknown;
}

export function auditEvent(
  input: { actor: Actor; at: Date; label?: string | null } & AuditSubject,
): AuditEventInput {
  const { actor } = input;
  return {
    at: input.at,
    actorKind: actor.kind,
    actorAccountId: actor.kind === 'account' ? actor.accountId : null,
    actorLabel: input.label !== undefined ? input.label : actor.kind === 'system' ? actor.label : null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId === null ? null : String(input.entityId),
    before: input.before ?? null,
    after: input.after ?? null,
  };
}
