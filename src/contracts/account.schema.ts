// Account and session shapes of the API.
import { z } from 'zod';
import { ACCOUNT_ROLES } from '../core/policy/policy.types.ts';
import { MAX_PASSWORD_LENGTH } from '../core/account/password-rules.ts';
import { IdParamSchema, INT4_MAX, IsoDateTimeSchema } from './common.schema.ts';

export const RoleSchema = z.enum(ACCOUNT_ROLES);

export const AccountSchema = z
  .strictObject({
    id: z.number().int(),
    login: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    unitId: z.number().int().nullable(),
    mustChangePassword: z.boolean(),
    lockedUntil: IsoDateTimeSchema.nullable(),
    disabled: z.boolean(),
    lastLoginAt: IsoDateTimeSchema.nullable(),
    createdAt: IsoDateTimeSchema,
  })
  .meta({ id: 'Account' });

const PasswordSchema = z.string().min(1).max(MAX_PASSWORD_LENGTH);

export const LoginBodySchema = z.strictObject({
  login: z.string().min(1).max(100),
  password: PasswordSchema,
});

export const SessionViewSchema = z
  .strictObject({
    account: AccountSchema,
    /** Send back in x-csrf-token on every POST, PUT, PATCH and DELETE. */
    csrfToken: z.string(),
    expiresAt: IsoDateTimeSchema,
  })
  .meta({ id: 'Session' });

export const ChangePasswordBodySchema = z.strictObject({
  currentPassword: PasswordSchema,
  newPassword: PasswordSchema,
});

export const CreateAccountBodySchema = z.strictObject({
  login: z.string().min(2).max(63),
  displayName: z.string().trim().min(1).max(100),
  role: RoleSchema,
  unitId: z.number().int().positive().max(INT4_MAX).nullable().default(null),
});

export const UpdateAccountBodySchema = z.strictObject({
  displayName: z.string().trim().min(1).max(100).optional(),
  role: RoleSchema.optional(),
  unitId: z.number().int().positive().max(INT4_MAX).nullable().optional(),
  disabled: z.boolean().optional(),
});

export const AccountParamsSchema = z.strictObject({ accountId: IdParamSchema });

export const AccountsQuerySchema = z.strictObject({
  unitId: IdParamSchema.optional(),
  role: RoleSchema.optional(),
});

export const AccountWithPasswordSchema = z.strictObject({
  account: AccountSchema,
  /** Shown once; the account must replace it at first sign-in. */
  initialPassword: z.string(),
});

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type Role = z.output<typeof RoleSchema>;
export type Account = z.output<typeof AccountSchema>;
export type LoginBody = z.input<typeof LoginBodySchema>;
export type SessionView = z.output<typeof SessionViewSchema>;
export type ChangePasswordBody = z.input<typeof ChangePasswordBodySchema>;
export type CreateAccountBody = z.input<typeof CreateAccountBodySchema>;
export type UpdateAccountBody = z.input<typeof UpdateAccountBodySchema>;
export type AccountWithPassword = z.output<typeof AccountWithPasswordSchema>;
