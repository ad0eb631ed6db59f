// The one set of Chinese names for a filing's states, standings and acts. Every page, document and
// message takes its words from here (the web app imports this file too), so a filing is never
// 已提交 on one page and 已报送 on another. Recorded in docs/GLOSSARY.md.

/** A filing's state (report.types REPORT_STATES). */
export const REPORT_STATE_LABELS = {
  draft: '草稿',
  submitted: '待签发',
  signed_off: '已报送',
  returned: '已退回',
  accepted: '已采纳',
} as const;

/** Where a unit stands with one owed filing (progress.ts PROGRESS_CODES); `submitted` is with the office. */
export const PROGRESS_LABELS = {
  todo: '待填报',
  draft: '草稿',
  awaiting_sign_off: '待签发',
  submitted: '已报送',
  returned: '已退回',
  accepted: '已采纳',
  overdue: '逾期',
} as const;

/** The acts that make a revision (report.types REVISION_EVENTS), as buttons and history name them. */
export const REVISION_EVENT_LABELS = {
  save: '保存',
  submit: '提交',
  withdraw: '撤回',
  send_back: '退回填报员',
  revise: '审核人修改',
  sign_off: '签发',
  return: '退回',
  accept: '采纳',
} as const;

/** The same acts told in a filing's history, naming who acted. */
export const REVISION_EVENT_HISTORY = {
  save: '保存草稿',
  submit: '提交审核人签发',
  withdraw: '填报员撤回',
  send_back: '审核人退回填报员',
  revise: '审核人修改',
  sign_off: '签发报送督查办',
  return: '督查办退回',
  accept: '督查办采纳',
} as const;
