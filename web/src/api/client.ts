// One fetch wrapper: JSON in and out, the CSRF header on writes, and API errors as readable Chinese.
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

let csrfToken = '';
export const setCsrfToken = (token: string): void => {
  csrfToken = token;
};

const MESSAGES: Record<string, string> = {
  'auth.invalid_credentials': '用户名或密码不正确',
  'auth.csrf_mismatch': '页面已过期,请刷新后重试',
  'auth.required': '请先登录',
  'upload.too_large_inflated': '文件解压后过大,不像是正常的Word或Excel文件,已拒绝读取',
  'auth.forbidden': '没有权限进行此操作',
  'backup.not_configured': '服务器未配置备份目录',
  'backup.not_found': '没有这份备份',
  'account.must_change_password': '首次登录请先修改密码',
  'account.wrong_password': '当前密码不正确',
  'account.weak_password': '新密码不符合要求:至少10位,不能与用户名或原密码相同',
  'request.invalid': '填写的内容有误,请检查',
  'request.invalid_json': '提交的数据格式不正确',
  'request.too_large': '内容或附件过大',
  'request.unsupported_media_type': '不支持的文件类型',
  // The server's database
  'db.unavailable': '系统暂时无法连接数据库,本次操作未完成,请稍候片刻再试',
  'db.disk_full': '服务器磁盘空间已满,本次保存未成功,请联系系统管理员',
  // Filing and review
  'report.stale_revision': '此填报已在别处被修改(可能是本单位其他人员或另一个窗口),请载入最新版本后再改',
  'report.not_editable': '此填报已离开草稿状态,不能修改(待签发的可由填报员撤回)',
  'report.already_accepted': '此填报已采纳,不能再修改',
  'report.invalid_transition': '当前状态下不能进行此操作,请刷新后查看最新状态',
  'report.incomplete': '提交前请填写进展情况,并选择当前状态',
  'report.invalid_content': '填写的内容有误,请检查标出的项目',
  'report.not_owed': '本单位不承担此任务,无需填报',
  'report.not_lead': '只有牵头责任单位才能填报任务进展报告',
  'report.lead_files_task_report': '本单位是牵头责任单位,请填报任务进展报告',
  'report.not_found': '未找到该填报,可能尚未报送或无权查看',
  'report.reasons_required': '退回时请写明理由',
  'report.reasons_too_long': '退回理由过长',
  'report.unknown_attachment': '有附件不属于本单位或已被其他填报使用,请重新上传',
  'period.closed': '本季度已关闭,填报已冻结,不能再修改',
  'period.not_found': '没有这个填报季度',
  'task.not_found': '未找到该任务',
  'plan.not_found': '尚未导入该年度的任务清单',
  'worklist.unit_required': '请选择要查看的单位',
  // Evidence files
  'attachment.too_large': '附件过大,请压缩后再上传',
  'attachment.unsupported_type': '只能上传PDF、图片(PNG、JPEG、GIF、WebP)或Office文档',
  'attachment.extension_mismatch': '文件内容与扩展名不符,请检查文件后重新上传',
  'attachment.not_found': '未找到该附件,或无权下载',
  'attachment.file_required': '请选择要上传的文件',
  // Importing the notice
  'plan_import.file_required': '请选择要导入的通知文件',
  'plan_import.too_large': '通知文件过大(最大10MB)',
  'plan_import.unavailable': '服务器未启用通知导入功能',
  'plan_import.preview_not_found': '预览已过期或已导入,请重新上传通知',
  'plan_import.unresolved': '还有未处理的问题,请按提示确认单位分界或排除有问题的任务后再导入',
  'plan_import.year_required': '通知中没有识别出年度,请填写计划年度',
  'plan_import.source_missing': '该预览没有保存通知原文,请重新上传',
  'plan_import.too_many_decisions': '该预览的操作过多,请重新上传通知',
  'import_decision.unknown_task': '没有这项任务,请刷新页面',
  'import_decision.nothing_before': '第一项任务前面没有可合并的任务',
  'import_decision.merge_not_task': '标记为非任务的行不能合并,请先恢复',
  'import_decision.split_outside': '拆分位置应在任务文字中间',
  'import_decision.bad_number': '序号应为正整数',
  'import_decision.lead_required': '至少要有一个牵头单位',
  'import_decision.repeated_unit': '同一单位只能出现一次',
  'import_decision.bad_unit_name': '单位名称不正确(不能含顿号、逗号等分隔符)',
  'import_decision.already_not_task': '该行已标记为非任务',
  'import_decision.not_excluded': '该行没有标记为非任务',
  'import_decision.unit_not_matchable': '该单位不需要对应',
  'import_decision.unknown_directory_unit': '单位名录中没有该单位',
  'import_decision.rename_named_unit': '通知中仍使用该单位的现名,只能记为别名',
  'import_decision.unit_already_renamed': '该单位已对应为另一名称的改名',
  'import_decision.not_carryable': '该任务不能延续到新年度',
  'import_decision.not_a_table': '通知不是表格,无法指定列',
  'import_decision.columns_count': '请为每一列选择含义',
  'import_decision.columns_role': '列的含义不正确',
  'import_decision.columns_repeated': '同一含义只能对应一列',
  'import_decision.columns_missing': '需要指定任务列和牵头(或责任)单位列',
  'plan.year_exists': '该年度的任务已经导入过,同一年度只能有一份任务计划',
  'plan.no_tasks': '没有可导入的任务',
  'task.unconfirmed': '有推断的牵头/责任单位分界尚未确认',
  'task.no_lead': '有任务没有牵头单位,请确认其单位或排除该任务',
  'task.duplicate_number': '任务序号重复,请排除其中一项',
  'confirmation.lead_required': '每项任务至少要有一个牵头单位',
  'confirmation.repeated_unit': '同一单位在一项任务中出现了两次',
  'confirmation.unknown_unit': '确认的单位不在单位名录中',
  'confirmation.unknown_task': '确认的任务不在预览中,请重新上传',
  'confirmation.duplicate': '同一任务确认了两次,请刷新后重试',
  'exclude.unknown_line': '要排除的任务不在预览中,请重新上传',
  'renumber.unknown_line': '要重新编号的任务不在预览中,请重新上传',
  // Periods
  'period.due_before_open': '截止日期不能早于开始日期',
  'period.invalid': '季度格式不正确',
  'date.invalid': '日期格式不正确',
  // The unit directory
  'unit.not_found': '未找到该单位',
  'unit.name_taken': '已有同名单位(或该名称是其他单位的别名)',
  'unit.same_name': '新名称与现名称相同',
  'unit.alias_exists': '该别名已被使用',
  'unit.alias_not_found': '未找到该别名',
  'unit.alias_ended': '该别名已经停用',
  'unit.code_taken': '该单位代码已被其他单位使用',
  'unit.invalid_code': '单位代码只能使用小写字母、数字、连字符和下划线',
  'unit.not_a_group': '只有单位组才能设置成员',
  'unit.member_is_group': '单位组不能作为成员',
  'unit.member_repeated': '同一成员单位选了两次',
  'unit.merge_into_itself': '不能把单位并入它自己',
  'unit.successor_not_ready': '并入的单位在生效日期时尚不存在,请调整生效日期',
  'unit.change_before_start': '生效日期早于该单位现有记录的开始日期',
  // Accounts
  'account.invalid_login': '用户名须为2至63位,以字母或数字开头,只能使用字母、数字、点、下划线和连字符',
  'account.login_taken': '该用户名已被使用',
  'account.not_found': '未找到该账号',
  'account.own_access': '不能停用自己的账号或修改自己的角色',
  'account.unit_required': '填报员和审核人须属于一个单位',
  'account.unit_not_allowed': '该角色不属于具体单位,请勿选择单位',
  // Cards, extensions and completions
  'card.not_found': '未找到该亮牌记录',
  'card.reason_required': '请写明亮牌理由',
  'card.rectify_by_past': '整改期限不能早于今天',
  'card.answer_required': '请填写整改情况',
  'card.note_required': '请写明整改不到位的原因',
  'card.already_answered': '整改情况已报送,正等待督查人员确认',
  'card.not_answered': '该单位尚未报送整改情况',
  'card.not_red': '只有红牌才能降为黄牌',
  'card.closed': '该牌已销号',
  'card.invalid_transition': '当前状态下不能进行此操作,请刷新后查看最新状态',
  'extension.not_found': '未找到该延期申请',
  'extension.reason_required': '请写明申请延期的理由',
  'extension.not_later': '申请的截止日期须晚于现在的截止日期',
  'extension.too_late': '已过截止日期,不能再申请延期',
  'extension.already_filed': '本季度填报已报送,无需申请延期',
  'extension.pending': '已有待审批的延期申请,请等待处理结果',
  'extension.decided': '该延期申请已处理',
  'completion.not_found': '未找到该办结申请',
  'completion.not_lead': '只有牵头责任单位才能申请办结',
  'completion.evidence_required': '请填写办结依据',
  'completion.attachment_not_found': '有附件不存在或不属于本单位',
  'completion.pending': '已有待核验的办结申请,请等待处理结果',
  'completion.already_verified': '该任务已核验办结',
  'completion.decided': '该办结申请已处理',
  'completion.reason_required': '退回办结申请时请写明理由',
  'notification.not_found': '未找到该通知',
  'snapshot.not_found': '本季度尚未关闭,还没有留存快照',
  'assessment.unit_not_in_ledger': '该单位不在本年度考核范围内',
  // The hotline
  'hotline.not_found': '未找到该热线记录',
  'hotline.content_required': '请填写来电或留言的内容',
  'hotline.answer_required': '请填写答复内容',
};

const STATUS_MESSAGES: Record<number, string> = {
  400: '填写的内容有误,请检查',
  401: '请先登录',
  403: '没有权限进行此操作',
  404: '未找到相关内容',
  409: '内容已被他人修改或当前状态不允许此操作,请刷新后重试',
  413: '内容或附件过大',
  429: '操作过于频繁,请稍后再试',
  503: '系统暂时不可用,请稍候片刻再试',
  507: '服务器磁盘空间已满,请联系系统管理员',
};

/** Sign-in answers that say how long to wait (details.retryAfterSeconds). */
const WAIT_MESSAGES: Record<string, (seconds: number) => string> = {
  'auth.invalid_credentials': (s) => `用户名或密码不正确。连续输错次数较多,请${s}秒后再试`,
  'auth.throttled': (s) => `该账号连续输错密码次数较多,请${s}秒后再试(输入正确密码即可登录)`,
  'auth.address_throttled': (s) => `本机所在网络登录失败次数过多,请${s}秒后再试`,
};

function waitSeconds(details: unknown): number | null {
  if (typeof details !== 'object' || details === null) return null;
  const seconds = (details as Record<string, unknown>)['retryAfterSeconds'];
  return typeof seconds === 'number' ? seconds : null;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const seconds = waitSeconds(error.details);
    const waiting = WAIT_MESSAGES[error.code];
    if (waiting && seconds !== null) return waiting(seconds);
    return MESSAGES[error.code] ?? STATUS_MESSAGES[error.status] ?? error.message;
  }
  return '网络连接失败,请检查网络后重试';
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const err = (data as ApiErrorBody | null)?.error;
    throw new ApiError(
      response.status,
      err?.code ?? 'http.error',
      err?.message ?? response.statusText,
      err?.details,
    );
  }
  return data as T;
}
