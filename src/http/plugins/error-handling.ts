// Registers the error and not-found handlers; 5xx details go to the log, never to the client.
import type { FastifyInstance } from 'fastify';
import { toErrorResponse } from '../error-response.ts';

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const response = toErrorResponse(error);
    // A database outage is logged once per request without its stack; anything else in full.
    if (response.status === 503 || response.status === 507)
      request.log.warn({ code: response.body.error.code, cause: errorMessage(error) }, 'request refused');
    else if (response.status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(response.status).headers(response.headers).send(response.body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'route.not_found', message: `no route ${request.method} ${request.url}`, details: {} },
    }),
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
