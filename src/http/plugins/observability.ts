// Request ids, one structured log line per request, and the request metrics.
// - The id: a well-formed X-Request-Id from the client or proxy is kept (so one id follows a request
//   through nginx and the logs); otherwise a process-unique one. It is echoed in X-Request-Id.
// - The log line (pino, JSON): reqId, method, route pattern, path, status, ms, account id, client
//   address. Never headers, cookies, passwords or bodies.
// - Metrics: each route gets its series when it is registered; a request only bumps numbers in it.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Metrics, RouteSeries } from '../../services/support/metrics.ts';

export const REQUEST_ID_HEADER = 'x-request-id';
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's metrics series (set when the route is registered). */
    series?: RouteSeries;
  }
}

/** Fastify's genReqId: the caller's id when well formed, else `<process prefix>-<counter>`. */
export function requestIdGenerator(): (request: { headers: Record<string, unknown> }) => string {
  const prefix = randomBytes(4).toString('hex');
  let counter = 0;
  return (request) => {
    const sent = request.headers[REQUEST_ID_HEADER];
    if (typeof sent === 'string' && WELL_FORMED_ID.test(sent)) return sent;
    counter += 1;
    return `${prefix}-${counter.toString(36)}`;
  };
}

export function registerObservability(app: FastifyInstance, metrics: Metrics, logRequests: boolean): void {
  const unmatched = metrics.route('ANY', 'unmatched');
  app.addHook('onRoute', (route) => {
    const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
    route.config = { ...route.config, series: metrics.route(method, route.url) };
  });
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const series = request.routeOptions.config.series ?? unmatched;
    series.observe(reply.statusCode, reply.elapsedTime / 1000);
    if (logRequests) request.log.info(requestLine(request, reply.statusCode, reply.elapsedTime), 'request');
    done();
  });
}

function requestLine(request: FastifyRequest, status: number, elapsedMs: number) {
  const actor = request.auth?.actor;
  const query = request.url.indexOf('?');
  return {
    method: request.method,
    route: request.routeOptions.url ?? null,
    path: query === -1 ? request.url : request.url.slice(0, query),
    status,
    ms: Math.round(elapsedMs * 10) / 10,
    accountId: actor?.kind === 'account' ? actor.accountId : null,
    ip: request.ip,
  };
}
