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
  'account.locked': '登录失败次数过多,账号已暂时锁定,请15分钟后再试',
  'auth.too_many_attempts': '登录尝试过于频繁,请稍后再试',
  'auth.csrf_mismatch': '页面已过期,请刷新后重试',
  'auth.required': '请先登录',
  'auth.forbidden': '没有权限进行此操作',
  'account.must_change_password': '首次登录请先修改密码',
  'account.wrong_password': '当前密码不正确',
  'account.weak_password': '新密码不符合要求:至少10位,不能与用户名或原密码相同',
  'request.invalid': '填写的内容有误,请检查',
  'request.invalid_json': '提交的数据格式不正确',
  'request.too_large': '内容或附件过大',
  'request.unsupported_media_type': '不支持的文件类型',
  // Filing and review
  'report.stale_revision': '此填报已在别处被修改(可能是本单位其他人员或另一个窗口),请载入最新版本后再改',
  'report.not_editable': '此填报已提交,当前状态下不能修改',
  'report.already_accepted': '此填报已通过审核,不能再修改',
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
};

const STATUS_MESSAGES: Record<number, string> = {
  400: '填写的内容有误,请检查',
  401: '请先登录',
  403: '没有权限进行此操作',
  404: '未找到相关内容',
  409: '内容已被他人修改或当前状态不允许此操作,请刷新后重试',
  413: '内容或附件过大',
  429: '操作过于频繁,请稍后再试',
};

export function describeError(error: unknown): string {
  if (error instanceof ApiError)
    return MESSAGES[error.code] ?? STATUS_MESSAGES[error.status] ?? error.message;
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
