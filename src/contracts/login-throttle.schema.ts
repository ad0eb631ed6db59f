// The admin's view of login throttling: logins and addresses counting failures, and lifting one.
import { z } from 'zod';
import { IsoDateTimeSchema } from './common.schema.ts';

export const ThrottledLoginSchema = z
  .strictObject({
    login: z.string(),
    /** The account with that login; null when no account has it. */
    account: z.strictObject({ id: z.number().int(), displayName: z.string() }).nullable(),
    failures: z.number().int(),
    /** Different addresses the failures came from. */
    addresses: z.number().int(),
    firstFailureAt: IsoDateTimeSchema,
    lastFailureAt: IsoDateTimeSchema,
    /** Until when sign-in is held back from addresses where the login is not known; null: not now. */
    delayedUntil: IsoDateTimeSchema.nullable(),
  })
  .meta({ id: 'ThrottledLogin' });

export const ThrottledAddressSchema = z
  .strictObject({
    address: z.string(),
    /** Different logins that failed from it. */
    logins: z.number().int(),
    failures: z.number().int(),
    firstFailureAt: IsoDateTimeSchema,
    lastFailureAt: IsoDateTimeSchema,
    delayedUntil: IsoDateTimeSchema.nullable(),
  })
  .meta({ id: 'ThrottledAddress' });

export const ThrottlesSchema = z
  .strictObject({
    logins: z.array(ThrottledLoginSchema),
    addresses: z.array(ThrottledAddressSchema),
  })
  .meta({ id: 'Throttles' });

/** One of the two: a login (its failures from every address) or an address. */
export const LiftThrottleBodySchema = z.union([
  z.strictObject({ login: z.string().trim().min(1).max(100) }),
  z.strictObject({ address: z.string().trim().min(1).max(64) }),
]);

export const LiftedThrottleSchema = z.strictObject({
  /** Failures no longer counted. */
  cleared: z.number().int(),
  /** The logins they were against. */
  logins: z.array(z.string()),
});

export type ThrottlesResponse = z.output<typeof ThrottlesSchema>;
export type ThrottledLoginResponse = z.output<typeof ThrottledLoginSchema>;
export type ThrottledAddressResponse = z.output<typeof ThrottledAddressSchema>;
export type LiftThrottleBody = z.input<typeof LiftThrottleBodySchema>;
export type LiftedThrottleResponse = z.output<typeof LiftedThrottleSchema>;
