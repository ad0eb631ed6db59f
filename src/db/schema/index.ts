// The whole schema, for Drizzle's client and drizzle-kit.
export * from './units.schema.ts';
export * from './plans.schema.ts';
export * from './tasks.schema.ts';
export * from './accounts.schema.ts';
export * from './reports.schema.ts';
export * from './audit.schema.ts';
export * from './plan-imports.schema.ts';
export * from './supervision.schema.ts';
export * from './notifications.schema.ts';
export * from './reference.schema.ts';
export * from './quality.schema.ts';
