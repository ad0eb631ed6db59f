// The filing shapes the server answers with (see /api/openapi.json, tag "reports").

/** Where a unit stands with one filing: 待填报 草稿 待签发 已报送 已退回 已采纳 逾期 (core report-labels). */
export type ProgressCode =
  'todo' | 'draft' | 'awaiting_sign_off' | 'submitted' | 'returned' | 'accepted' | 'overdue';

export type ReportState = 'draft' | 'submitted' | 'signed_off' | 'returned' | 'accepted';
export type ReportKind = 'unit_input' | 'task_report';
export type RevisionEvent =
  'save' | 'submit' | 'withdraw' | 'send_back' | 'revise' | 'sign_off' | 'return' | 'accept';
export type SelfStatus = 'not_started' | 'on_track' | 'behind' | 'completed';
export type TaskRole = 'lead' | 'responsible';
/** full: my unit's own; filed: what left a unit; state: no content yet; published: accepted text. */
export type Visibility = 'full' | 'filed' | 'state' | 'published';

export interface UnitRef {
  id: number;
  name: string;
}

export interface Period {
  key: string;
  opensOn: string;
  dueOn: string;
  state: string;
}

export interface TaskRef {
  id: number;
  /** The notice's own task number (序号). */
  seq: number;
  text: string;
  /** Part, section and subsection numbers: ['二', '一', '1']. */
  path: string[];
}

export interface Indicator {
  id: number;
  metric: string;
  /** In base units: 万 and 亿 written out. */
  targetValue: number;
  unit: string;
  comparator: string;
  /** The target as the notice words it: 增长7.5%左右, 330万平方米. */
  raw: string;
}

export interface IndicatorActual {
  indicatorId: number;
  /** In the indicator's base unit. */
  value: number | null;
  note?: string;
}

export interface Attachment {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

/** What a unit fills in. */
export interface FilingContent {
  progress: string;
  selfStatus: SelfStatus | null;
  percentComplete: number | null;
  indicatorActuals: IndicatorActual[];
  problems: string;
  nextSteps: string;
}

export interface StoredContent extends FilingContent {
  selfStatusLabel: string | null;
  attachmentIds: number[];
}

export interface Revision {
  rev: number;
  event: RevisionEvent;
  state: ReportState;
  at: string;
  authorAccountId: number | null;
  reason: string | null;
  late: boolean;
  content: StoredContent;
}

export interface Report {
  id: number;
  kind: ReportKind;
  taskId: number;
  period: string;
  unit: UnitRef;
  state: ReportState;
  stateLabel: string;
  rev: number;
  late: boolean;
  visibility: Visibility;
  allowedEvents: RevisionEvent[];
  createdAt: string;
  updatedAt: string;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  signedOffAt: string | null;
  returnedAt: string | null;
  acceptedAt: string | null;
  content: (FilingContent & { selfStatusLabel: string | null; attachments: Attachment[] }) | null;
  contentRev: number | null;
  returnReasons: string | null;
  revisions: Revision[];
}

export interface Standing {
  state: ProgressCode;
  stateLabel: string;
  dueOn: string;
  /** Calendar days from today to the due date; negative once it has passed. */
  daysToDue: number;
  /** Reached the office after the due day. */
  late: boolean;
  /** Not with the office and the due day is over. */
  overdue: boolean;
}

export interface OwingUnit {
  unitId: number;
  name: string;
  role: TaskRole;
  roleLabel: string;
  /** The group (各县市区政府…) through which the unit owes the filing. */
  viaGroup: UnitRef | null;
}

export interface WorklistItem extends Standing {
  task: TaskRef;
  role: TaskRole;
  roleLabel: string;
  kind: ReportKind;
  viaGroup: UnitRef | null;
  reportId: number | null;
  rev: number;
  reportState: ReportState | null;
}

export interface Worklist {
  period: Period;
  unit: UnitRef;
  items: WorklistItem[];
}

export interface TaskPeriodView {
  task: TaskRef & { indicators: Indicator[] };
  period: Period;
  myRole: TaskRole | null;
  units: (OwingUnit & { kind: ReportKind; standing: Standing | null })[];
  taskReports: Report[];
  unitInputs: Report[];
  /** Units not yet filed with the office: shown to the office and the lead unit, else null. */
  missing: OwingUnit[] | null;
  /** Last quarter's content while my unit has not saved this quarter's. */
  prefill: StoredContent | null;
}

export interface LeadInputs {
  task: TaskRef;
  period: Period;
  inputs: Report[];
  missing: OwingUnit[];
  /** Every co-unit's filed progress under its unit's name. */
  suggestedProgress: string;
}

export interface PublishedEntry {
  seq: number;
  text: string;
  path: string[];
  leadUnit: string;
  progress: string;
  selfStatus: SelfStatus | null;
  selfStatusLabel: string | null;
  percentComplete: number | null;
  indicatorActuals: IndicatorActual[];
  acceptedAt: string;
}

export interface Published {
  period: { key: string; dueOn: string };
  entries: PublishedEntry[];
}
