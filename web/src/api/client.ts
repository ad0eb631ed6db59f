// One fetch wrapper: JSON in and out, the CSRF header on writes, and API errors as readable Chinese
// (the server's one list of codes and messages, src/contracts/error-codes.ts).
import { ERROR_MESSAGES, isErrorCode } from '../../../src/contracts/error-codes.ts';

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

/**
 * A read refused as invalid (400 on a GET) comes from the page's address, not from anything typed:
 * /tasks/abc or a quarter 2024-Q9. Its message says so instead of asking to check a form.
 */
const BAD_ADDRESS = 'request.bad_address';
const BAD_ADDRESS_MESSAGE = '页面地址有误(任务编号或季度不存在),请从任务清单或工作台重新打开';

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === BAD_ADDRESS) return BAD_ADDRESS_MESSAGE;
    const seconds = waitSeconds(error.details);
    const waiting = WAIT_MESSAGES[error.code];
    if (waiting && seconds !== null) return waiting(seconds);
    if (isErrorCode(error.code)) return ERROR_MESSAGES[error.code];
    return STATUS_MESSAGES[error.status] ?? error.message;
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
    const code = err?.code ?? 'http.error';
    throw new ApiError(
      response.status,
      method === 'GET' && code === 'request.invalid' ? BAD_ADDRESS : code,
      err?.message ?? response.statusText,
      err?.details,
    );
  }
  return data as T;
}
