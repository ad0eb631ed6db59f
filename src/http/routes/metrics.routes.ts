// GET /metrics: the server's counters in Prometheus' text format. Answered to the machine itself
// (a loopback address, not forwarded by a proxy), or anywhere to a bearer of DUBAN_METRICS_TOKEN.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors.ts';
import type { Metrics } from '../../services/support/metrics.ts';
import type { RouteDeps } from '../deps.ts';
import { routePlugin } from '../route.ts';

export const metricsRoutes = routePlugin<RouteDeps & { metrics: Metrics }>(['system'], (route, deps) => {
  route.get(
    '/metrics',
    {
      config: { beforePasswordChange: true },
      summary: 'Prometheus metrics (loopback only, or with the DUBAN_METRICS_TOKEN bearer)',
      hide: true,
    },
    async (request, reply) => {
      if (!mayRead(request, deps.config.metricsToken)) {
        throw new DomainError(
          'metrics.forbidden',
          'forbidden',
          'metrics are served to the machine itself, or with the metrics token',
        );
      }
      return reply
        .header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(deps.metrics.render(deps.clock()));
    },
  );
});

function mayRead(request: FastifyRequest, token: string | null): boolean {
  if (token && bearerMatches(request.headers.authorization, token)) return true;
  const forwarded =
    request.headers['x-forwarded-for'] !== undefined || request.headers['forwarded'] !== undefined;
  return !forwarded && isLoopback(request.socket.remoteAddress);
}

function bearerMatches(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  const sent = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
