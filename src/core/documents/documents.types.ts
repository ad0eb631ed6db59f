// What the office documents are built from: plain data the server reads from the database (ids,
// official numbers, unit names, period keys, states, numbers, texts). No document looks anything up;
// it shows what it is given, so the same input always gives the same document. The services gather
// these and the exporter lays them out; both read the one definition here.
import type { Ledger, TaskRole } from '../assessment/assessment.types.ts';
import type { TemplateIndicator } from '../feedback/feedback-layout.ts';
import type { IsoDate, PeriodKey } from '../period/period.ts';
import type { PlanFacts, StructureNode, Task } from '../plan/plan.types.ts';
import type { ProgressCode } from '../report/progress.ts';
import type { IndicatorActual, ReportState, SelfStatus } from '../report/report.types.ts';
import type { CardColor, CardState } from '../supervision/cards.ts';
import type { Light } from '../supervision/light-rules.ts';

export interface DocumentUnit {
  unitId: number;
  name: string;
}

/** An indicator of a task: value in base units (亿 and 万 expanded), as the plan stores it. */
export interface DocumentIndicator extends TemplateIndicator {
  metric: string;
}

/** A task where a document places it: its official number, its place in the notice and its wording. */
export interface DocumentTask {
  taskId: number;
  /** 序号: the notice's own number, kept in every document. */
  seq: number;
  /** Part, section and subsection numbers, as in the plan (["二","一","1"]). */
  path: readonly string[];
  text: string;
  /** 牵头责任单位, current names. */
  leadUnits: readonly string[];
}

/** One unit's filing for one task in the period: the lead's task report or a co-unit's input. */
export interface Filing {
  unitId: number;
  unitName: string;
  role: TaskRole;
  /** Where the filing stands (core filingProgress): todo, draft, awaiting_sign_off, …, overdue. */
  stage: ProgressCode;
  /** Reached the office after the due day. */
  late: boolean;
  /** How many times the office returned it in the period. */
  returnCount: number;
  /** ISO instant of the latest submission, or null. */
  submittedAt: string | null;
  selfStatus: SelfStatus | null;
  /** Whole percent 0..100. */
  percentComplete: number | null;
  /** 进展情况 / 存在问题 / 下步打算 */
  progress: string;
  problems: string;
  nextSteps: string;
  /** The computed light and the sentences that explain it (core computeLight); null if not computed. */
  light: Light | null;
  lightReasons: readonly string[];
}

export interface PeriodTask extends DocumentTask {
  /** What the notice plans for the task in the period's quarter (本季度计划); absent when nothing. */
  quarterPlan?: string;
  /** The lead units' reports first, then the co-units' inputs. */
  filings: readonly Filing[];
}

/** The quarterly progress summary (进展情况汇总表). */
export interface SummaryInput {
  period: PeriodKey;
  structure: readonly StructureNode[];
  tasks: readonly PeriodTask[];
  /** The city's offset east of UTC for submission times; China Standard Time (480) when left out. */
  utcOffsetMinutes?: number;
}

/** What the unit filed last quarter, prefilled so the clerk edits instead of retyping. */
export interface PreviousFeedback {
  progress: string;
  selfStatus: SelfStatus | null;
  percentComplete: number | null;
  problems: string;
  nextSteps: string;
  indicatorActuals: readonly IndicatorActual[];
}

export interface FeedbackTemplateTask {
  taskId: number;
  seq: number;
  text: string;
  role: TaskRole;
  indicators: readonly TemplateIndicator[];
  previous: PreviousFeedback | null;
}

/** One unit's feedback template (反馈表) for one period. */
export interface FeedbackTemplateInput {
  planYear: number;
  period: PeriodKey;
  unit: DocumentUnit;
  /** Printed on the form; the office's due date for the period. */
  dueOn?: IsoDate | null;
  tasks: readonly FeedbackTemplateTask[];
}

/** A lead unit's report as the publication may use it: only accepted ones are published. */
export interface PublishedReport {
  unitName: string;
  state: ReportState;
  progress: string;
  indicatorActuals: readonly IndicatorActual[];
}

export interface PublicationTask extends DocumentTask {
  indicators: readonly DocumentIndicator[];
  leadReports: readonly PublishedReport[];
  /** 备注, shown only in the year-end table. */
  remark?: string;
}

/** The table the city posts each quarter (重点工作进展情况). */
export interface PublicationInput {
  period: PeriodKey;
  /** Who publishes: 芜湖市人民政府; heads the title when given. */
  issuer?: string | null;
  structure: readonly StructureNode[];
  tasks: readonly PublicationTask[];
}

export interface BulletinCard {
  seq: number;
  unitName: string;
  color: CardColor;
  state: CardState;
  reason: string;
  rectifyBy: IsoDate;
}

/** The quarterly bulletin (通报). */
export interface BulletinInput {
  period: PeriodKey;
  /** 芜湖市人民政府督查室: signs the bulletin. */
  issuer: string;
  issuedOn: IsoDate;
  /** 发文字号 such as 督查通报〔2024〕2号, printed under the title when given. */
  documentNumber?: string | null;
  structure: readonly StructureNode[];
  tasks: readonly PeriodTask[];
  cards: readonly BulletinCard[];
  /** The assessment ledger; its results are ranked already. */
  ledger: Pick<Ledger, 'results'> & {
    /** The scoring formula in words, printed under the ranking. */
    formula?: readonly string[];
    /** Units whose total counts provisional items (a quarter still open). */
    provisionalUnitIds?: readonly number[];
  };
  units: readonly DocumentUnit[];
  /** Closing paragraphs (下一步工作要求), one per paragraph. */
  closing?: readonly string[];
}

/** The plan as the notice prints it: its facts, its parts and sections, its tasks with current units. */
export interface PlanDocumentInput {
  plan: PlanFacts;
  structure: StructureNode[];
  tasks: Task[];
}
