// One way to declare a route: its OpenAPI tags, summary and zod schemas, with the error answers every
// route shares added here, and the request and reply typed from the schemas through the zod type provider.
// routePlugin makes a route file's plugin: one area's routes under its tags, with the server's deps.
import type {
  FastifyBaseLogger,
  FastifyContextConfig,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { errorResponses } from '../contracts/common.schema.ts';
import type { RouteDeps } from './deps.ts';

type Server = RawServerDefault;
export type ZodApp = FastifyInstance<
  Server,
  RawRequestDefaultExpression<Server>,
  RawReplyDefaultExpression<Server>,
  FastifyBaseLogger,
  ZodTypeProvider
>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * What a route says about itself; `query` is the querystring, `response` its success answers by status
 * (a route without one, like /metrics, answers unchecked). `hide` keeps it out of the OpenAPI document;
 * `config` and `bodyLimit` are fastify's route options (who may call it before a password change, CSRF).
 */
export interface RouteSpec<
  P extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  R extends Record<number, z.ZodType>,
> {
  summary?: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  consumes?: string[];
  response?: R;
  hide?: boolean;
  config?: FastifyContextConfig;
  bodyLimit?: number;
}

/** The fastify schema a spec stands for: the same keys fastify and the OpenAPI document read. */
interface SchemaOf<P, Q, B, R> {
  tags: string[];
  summary?: string;
  description?: string;
  params: P;
  querystring: Q;
  body: B;
  consumes?: string[];
  hide?: boolean;
  /** A route declared without answers (R empty) has none checked, not even the error answers. */
  response: [keyof R] extends [never] ? unknown : R & typeof errorResponses;
}

type Handler<P, Q, B, R> = RouteHandlerMethod<
  Server,
  RawRequestDefaultExpression<Server>,
  RawReplyDefaultExpression<Server>,
  RouteGenericInterface,
  unknown,
  SchemaOf<P, Q, B, R>,
  ZodTypeProvider
>;

type Declare = <
  R extends Record<number, z.ZodType> = Record<never, never>,
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  url: string,
  spec: RouteSpec<P, Q, B, R>,
  handler: Handler<P, Q, B, R>,
) => void;

export interface Routes {
  get: Declare;
  post: Declare;
  put: Declare;
  patch: Declare;
  delete: Declare;
}

/** Declares routes under the given OpenAPI tags on `app`, each with the shared error answers. */
export function routesOf(app: ZodApp, tags: string[]): Routes {
  const declare =
    (method: Method): Declare =>
    (url, spec, handler) => {
      const { config, bodyLimit } = spec;
      app.route({
        method,
        url,
        schema: schemaOf(tags, spec),
        handler: handler as RouteHandlerMethod,
        ...(config && { config }),
        ...(bodyLimit !== undefined && { bodyLimit }),
      });
    };
  return {
    get: declare('GET'),
    post: declare('POST'),
    put: declare('PUT'),
    patch: declare('PATCH'),
    delete: declare('DELETE'),
  };
}

type AnySpec = RouteSpec<
  z.ZodType | undefined,
  z.ZodType | undefined,
  z.ZodType | undefined,
  Record<number, z.ZodType>
>;

/** The spec as fastify reads it, keys in the spec's order: `query` as `querystring`, the error answers added. */
function schemaOf(tags: string[], spec: AnySpec): Record<string, unknown> {
  const schema: Record<string, unknown> = { tags };
  for (const [key, value] of Object.entries(spec) as [string, unknown][]) {
    if (value === undefined || key === 'config' || key === 'bodyLimit') continue;
    if (key === 'query') schema['querystring'] = value;
    else if (key === 'response') schema[key] = { ...(value as object), ...errorResponses };
    else schema[key] = value;
  }
  return schema;
}

/**
 * The plugin of one area's route file: `declare` gets the routes under `tags`, the server's deps and
 * the app itself (for what a file registers beside its routes, like a multipart parser).
 */
export function routePlugin<D extends RouteDeps = RouteDeps>(
  tags: string[],
  declare: (route: Routes, deps: D, app: ZodApp) => void | Promise<void>,
): FastifyPluginAsyncZod<D> {
  return async (app, deps) => {
    await declare(routesOf(app, tags), deps, app);
  };
}
