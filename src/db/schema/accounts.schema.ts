// Accounts, sessions and login attempts.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { id, instant, oneOf } from './columns.ts';
import { units } from './units.schema.ts';

export const ROLES = ['admin', 'supervisor', 'reporter', 'approver', 'leader'] as const;

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    /** Lower-case; compared case-insensitively by storing it normalised. */
    login: text('login').notNull().unique(),
    displayName: text('display_name').notNull(),
    /** argon2id PHC string. */
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: instant('locked_until'),
    disabledAt: instant('disabled_at'),
    passwordChangedAt: instant('password_changed_at'),
    lastLoginAt: instant('last_login_at'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    oneOf('accounts_role', t.role, ROLES),
    // Reporters and approvers belong to a unit; the other roles do not.
    check(
      'accounts_unit_for_unit_roles',
      sql`(${t.role} in ('reporter', 'approver')) = (${t.unitId} is not null)`,
    ),
    index('accounts_unit_idx').on(t.unitId),
  ],
);

/** A signed-in browser. Only the token's SHA-256 is stored; the CSRF token travels in a header. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    tokenHash: text('token_hash').notNull().unique(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/**
 * Every login attempt that was let through to the password check, for throttling and the security
 * log. Written as failed before the check and turned into a success after it. A failure stops
 * counting (cleared_at) when its login signs in, or an admin lifts its login's or address's delay.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    login: text('login').notNull(),
    ip: text('ip'),
    at: instant('at').notNull(),
    succeeded: boolean('succeeded').notNull(),
    clearedAt: instant('cleared_at'),
  },
  (t) => [
    index('login_attempts_ip_at_idx').on(t.ip, t.at),
    index('login_attempts_login_at_idx').on(t.login, t.at),
  ],
);
