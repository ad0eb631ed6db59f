// Hot queries built once and run as named prepared statements: Drizzle's query building and
// PostgreSQL's planning are paid once per process (per connection for the plan), not per request.
// Values go in as placeholders; instants are passed as ISO text, which both drivers read alike.

/** Builds the statement on first use and keeps it for the life of the repository's handle. */
export function preparedOnce<T>(build: () => T): () => T {
  let statement: T | undefined;
  return () => (statement ??= build());
}
