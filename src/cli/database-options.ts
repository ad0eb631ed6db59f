// Where the commands find the database: DATABASE_URL selects PostgreSQL, else PGlite in a folder.
import type { OpenDatabaseOptions } from '../db/client.ts';
import type { Actor } from '../core/policy/policy.types.ts';
import { userInfo } from 'node:os';

export function databaseOptions(
  flags: { data?: string | undefined },
  env: NodeJS.ProcessEnv,
): OpenDatabaseOptions {
  const databaseUrl = env['DATABASE_URL'];
  if (databaseUrl) return { databaseUrl };
  return { dataDir: flags.data ?? env['DUBAN_DATA_DIR'] ?? './data' };
}

/** The person at the server's terminal acts as the system operator (admin rights), named in the audit. */
export function operatorActor(): Actor {
  return { kind: 'system', role: 'admin', label: `cli:${userInfo().username}` };
}
