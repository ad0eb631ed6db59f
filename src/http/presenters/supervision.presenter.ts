// Supervision records -> API shapes: lights with their reasons, cards with their history,
// extension requests, completion claims, hotline records, the plan's rules.
import type { z } from 'zod';
import { CITY_UTC_OFFSET_MINUTES } from '../../core/period/city-date.ts';
import { CARD_LABELS, isRectificationOverdue } from '../../core/supervision/cards.ts';
import { COMPLETION_LABELS } from '../../core/supervision/completion.ts';
import { EXTENSION_LABELS } from '../../core/supervision/extension-rules.ts';
import { LIGHT_LABELS } from '../../core/supervision/light-rules.ts';
import { PACE_LABELS } from '../../core/supervision/pace.ts';
import type { ComputedLight } from '../../services/supervision/lights-compute.ts';
import type { PlanRulesView } from '../../services/supervision/plan-rules.usecases.ts';
import type {
  CardRecord,
  CompletionRecord,
  ExtensionRecord,
  HotlineAnswerRecord,
  HotlineRecord,
} from '../../services/supervision/supervision.types.ts';
import type { CardSchema } from '../../contracts/cards.schema.ts';
import type { HotlineSchema } from '../../contracts/hotline.schema.ts';
import type { CompletionSchema, ExtensionSchema } from '../../contracts/supervision-requests.schema.ts';
import type { LightSchema, PlanRulesViewSchema } from '../../contracts/supervision.schema.ts';

export function presentLight(light: ComputedLight): z.output<typeof LightSchema> {
  const { task, unit, due, fact, result } = light;
  return {
    period: light.period.key,
    task: { id: task.id, seq: task.seq, text: task.text },
    unit: { id: unit.unitId, name: unit.name },
    role: unit.role,
    light: result.light,
    label: LIGHT_LABELS[result.light],
    reasons: result.reasons,
    matches: result.matches,
    dueOn: due.dueOn,
    baseDueOn: due.baseDueOn,
    extensionId: due.extension?.id ?? null,
    shiftedFrom: due.shiftedFrom,
    filedAt: fact?.firstSignedOffAt?.toISOString() ?? null,
    selfStatus: fact?.firstSignedOffAt ? fact.selfStatus : null,
    percentComplete: fact?.firstSignedOffAt ? fact.percentComplete : null,
    returnCount: fact?.returnRevisionIds.length ?? 0,
    completionVerified: light.completionVerified,
    elapsedShare: result.elapsedShare,
    indicators: result.indicatorPaces.map((paced) => ({
      indicatorId: paced.indicatorId,
      metric: paced.metric,
      actual: paced.actual,
      pace: paced.pace,
      paceLabel: PACE_LABELS[paced.pace],
      explanation: paced.explanation,
    })),
  };
}

export function presentRules(view: PlanRulesView): z.output<typeof PlanRulesViewSchema> {
  const { lights, escalation, scoring, calendar, quality } = view.rules;
  return {
    year: view.plan.year,
    isDefault: view.isDefault,
    updatedAt: view.updatedAt?.toISOString() ?? null,
    rules: {
      lights: { rules: lights.rules.map((rule) => ({ ...rule, when: { ...rule.when } })) },
      escalation: {
        ...escalation,
        supervisionOrderDaysOverdue: [...escalation.supervisionOrderDaysOverdue],
      },
      scoring,
      calendar: { ...calendar, holidays: [...calendar.holidays], workdays: [...calendar.workdays] },
      quality: {
        ...quality,
        stockPhrases: [...quality.stockPhrases],
        completionWords: [...quality.completionWords],
        reasonWords: [...quality.reasonWords],
        basisWords: [...quality.basisWords],
      },
    },
  };
}

export function presentCard(card: CardRecord, now: Date): z.output<typeof CardSchema> {
  return {
    id: card.id,
    taskId: card.taskId,
    unitId: card.unitId,
    period: card.period,
    color: card.color,
    colorLabel: CARD_LABELS[card.color],
    issuedColor: card.issuedColor,
    state: card.state,
    reason: card.reason,
    rectifyBy: card.rectifyBy,
    rectificationOverdue: isRectificationOverdue(card, now, CITY_UTC_OFFSET_MINUTES),
    history: card.history.map((step) => ({
      ...step,
      by: step.by > 0 ? step.by : null,
      at: step.at.toISOString(),
    })),
  };
}

export function presentExtension(extension: ExtensionRecord): z.output<typeof ExtensionSchema> {
  return {
    id: extension.id,
    taskId: extension.taskId,
    unitId: extension.unitId,
    period: extension.period,
    requestedDueOn: extension.requestedDueOn,
    reason: extension.reason,
    status: extension.status,
    statusLabel: EXTENSION_LABELS[extension.status],
    grantedDueOn: extension.grantedDueOn,
    decisionReason: extension.decisionReason,
    requestedAt: extension.requestedAt.toISOString(),
    decidedAt: extension.decidedAt?.toISOString() ?? null,
  };
}

export function presentCompletion(claim: CompletionRecord): z.output<typeof CompletionSchema> {
  return {
    id: claim.id,
    taskId: claim.taskId,
    unitId: claim.unitId,
    evidence: claim.evidence,
    attachmentIds: claim.attachmentIds,
    state: claim.state,
    stateLabel: COMPLETION_LABELS[claim.state],
    claimedAt: claim.claimedAt.toISOString(),
    decidedAt: claim.decidedAt?.toISOString() ?? null,
    decisionReason: claim.decisionReason,
    verifiedOn: claim.verifiedOn,
  };
}

export const presentHotlineAnswer = (answer: HotlineAnswerRecord) => ({
  id: answer.id,
  unitId: answer.unitId,
  text: answer.text,
  answeredAt: answer.answeredAt.toISOString(),
});

export function presentHotline(message: HotlineRecord, showCaller: boolean): z.output<typeof HotlineSchema> {
  return {
    id: message.id,
    taskId: message.taskId,
    channel: message.channel,
    caller: showCaller ? message.caller : null,
    content: message.content,
    loggedAt: message.loggedAt.toISOString(),
    answers: message.answers.map(presentHotlineAnswer),
  };
}
