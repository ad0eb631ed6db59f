// Login throttles (admin): who is held back from signing in, and lifting a delay.
import type {
  LiftedThrottleResponse,
  LiftThrottleBody,
  ThrottlesResponse,
} from '../../../src/contracts/login-throttle.schema.ts';
import { api } from './client.ts';

export type {
  ThrottledAddressResponse as ThrottledAddress,
  ThrottledLoginResponse as ThrottledLogin,
} from '../../../src/contracts/login-throttle.schema.ts';

export const findThrottles = (): Promise<ThrottlesResponse> =>
  api<ThrottlesResponse>('GET', '/api/login-throttles');

export const liftThrottle = (target: LiftThrottleBody): Promise<LiftedThrottleResponse> =>
  api<LiftedThrottleResponse>('POST', '/api/login-throttles/lift', target);
