// Turns the throttle overview into the API's Throttles shape.
import type { ThrottlesResponse } from '../../contracts/login-throttle.schema.ts';
import type { Throttles } from '../../services/accounts/throttles.usecases.ts';

export function presentThrottles(throttles: Throttles): ThrottlesResponse {
  const times = (row: { firstFailureAt: Date; lastFailureAt: Date; delayedUntil: Date | null }) => ({
    firstFailureAt: row.firstFailureAt.toISOString(),
    lastFailureAt: row.lastFailureAt.toISOString(),
    delayedUntil: row.delayedUntil?.toISOString() ?? null,
  });
  return {
    logins: throttles.logins.map((row) => ({
      login: row.login,
      account: row.account,
      failures: row.failures,
      addresses: row.addresses,
      ...times(row),
    })),
    addresses: throttles.addresses.map((row) => ({
      address: row.address,
      logins: row.logins,
      failures: row.failures,
      ...times(row),
    })),
  };
}
