// buildApp: the Fastify server over the use cases. Routes are thin; rules live in core and services.
import cookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULT_HTTP_CONFIG, type HttpConfig } from './config.ts';
import type { AppDeps, RouteDeps } from './deps.ts';
import { createMetrics } from '../services/support/metrics.ts';
import { registerCompression } from './plugins/compression.ts';
import { registerErrorHandling } from './plugins/error-handling.ts';
import { registerObservability, requestIdGenerator } from './plugins/observability.ts';
import { DOCS_PREFIX, registerOpenApi } from './plugins/openapi.ts';
import { responseSerializerCompiler } from './plugins/response-serializer.ts';
import { registerRequestGuards } from './plugins/request-guards.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerSession } from './plugins/session.ts';
import { registerWebAssets } from './plugins/web-assets.ts';
import { accountRoutes } from './routes/accounts.routes.ts';
import { attachmentRoutes } from './routes/attachments.routes.ts';
import { loginThrottleRoutes } from './routes/login-throttles.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { metricsRoutes } from './routes/metrics.routes.ts';
import { matrixRoutes } from './routes/matrix.routes.ts';
import { publishedRoutes } from './routes/published.routes.ts';
import { reportReadingRoutes } from './routes/reports-reading.routes.ts';
import { reportBatchRoutes } from './routes/report-batches.routes.ts';
import { reportRoutes } from './routes/reports.routes.ts';
import { worklistRoutes } from './routes/worklist.routes.ts';
import { planImportRoutes } from './routes/plans-import.routes.ts';
import { planRoutes } from './routes/plans.routes.ts';
import { unitRoutes } from './routes/units.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { backupRoutes } from './routes/backups.routes.ts';
import { assessmentRoutes } from './routes/assessment.routes.ts';
import { cardRoutes } from './routes/cards.routes.ts';
import { hotlineRoutes } from './routes/hotline.routes.ts';
import { noticeRoutes } from './routes/notices.routes.ts';
import { notificationRoutes } from './routes/notifications.routes.ts';
import { periodCloseRoutes } from './routes/period-close.routes.ts';
import { documentRoutes } from './routes/documents.routes.ts';
import { supervisionRequestRoutes } from './routes/supervision-requests.routes.ts';
import { supervisionRulesRoutes } from './routes/supervision-rules.routes.ts';
import { qualitySettingsRoutes } from './routes/quality-settings.routes.ts';
import { forgettingAfterWrites } from '../services/reference/request-snapshot.ts';
import { createProcessCaches } from '../services/process-caches.ts';
import { qualityRoutes } from './routes/quality.routes.ts';

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const config = { ...DEFAULT_HTTP_CONFIG, ...deps.config };
  const metrics = deps.metrics ?? createMetrics();
  const caches = deps.caches ?? createProcessCaches();
  const store = forgettingAfterWrites(deps.store, caches.requestSnapshot);
  const routeDeps: RouteDeps = { ...deps, store, config, caches };
  const app = Fastify({
    logger: loggerOptions(config),
    // One line per request comes from plugins/observability.ts instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestIdGenerator(),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler({ checkResponses: config.checkResponses }));
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerObservability(app, metrics, config.logger);
  await app.register(cookie);
  registerCompression(app);
  await registerOpenApi(app);
  registerSession(app, routeDeps, DOCS_PREFIX);
  registerRequestGuards(app);
  await app.register(healthRoutes, routeDeps);
  await app.register(metricsRoutes, { ...routeDeps, metrics });
  await app.register(authRoutes, routeDeps);
  await app.register(accountRoutes, routeDeps);
  await app.register(loginThrottleRoutes, routeDeps);
  await app.register(reportRoutes, routeDeps);
  await app.register(reportBatchRoutes, routeDeps);
  await app.register(reportReadingRoutes, routeDeps);
  await app.register(worklistRoutes, routeDeps);
  await app.register(matrixRoutes, routeDeps);
  await app.register(publishedRoutes, routeDeps);
  await app.register(attachmentRoutes, routeDeps);
  await app.register(planImportRoutes, routeDeps);
  await app.register(planRoutes, routeDeps);
  await app.register(unitRoutes, routeDeps);
  await app.register(auditRoutes, routeDeps);
  await app.register(backupRoutes, routeDeps);
  await app.register(supervisionRulesRoutes, routeDeps);
  await app.register(cardRoutes, routeDeps);
  await app.register(supervisionRequestRoutes, routeDeps);
  await app.register(hotlineRoutes, routeDeps);
  await app.register(noticeRoutes, routeDeps);
  await app.register(notificationRoutes, routeDeps);
  await app.register(assessmentRoutes, routeDeps);
  await app.register(periodCloseRoutes, routeDeps);
  await app.register(documentRoutes, routeDeps);
  await app.register(qualityRoutes, routeDeps);
  await app.register(qualitySettingsRoutes, routeDeps);
  await registerWebAssets(app, config.webRoot);
  await app.ready();
  return app;
}

function loggerOptions(config: HttpConfig) {
  if (!config.logger) return false;
  const level = process.env['DUBAN_LOG_LEVEL'] ?? 'info';
  return config.logStream ? { level, stream: config.logStream } : { level };
}
