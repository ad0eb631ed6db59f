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
