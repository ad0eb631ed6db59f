// Responses are written by fast-json-stringify from each route's Zod schema turned into JSON
// Schema once, on the route's first answer: much cheaper per request than checking the value
// against Zod first. Built on first use rather than at start, a route nobody calls costs neither
// start-up time nor memory (the app has well over a hundred routes; a server process answers a
// few dozen). With checkResponses (the test suites) every response is also checked against its
// Zod schema, so a presenter that drifts from its schema fails a test instead of sending a
// stripped field. A schema JSON Schema cannot express falls back to Zod's own serializer.
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type RouteSchema = Parameters<typeof zodSerializerCompiler>[0];
type Serializer = (data: unknown) => string;

export function responseSerializerCompiler(options: { checkResponses: boolean }) {
  return (route: RouteSchema): Serializer => {
    let serialize: Serializer | null = null;
    return (data) => {
      serialize ??= compile(route, options);
      return serialize(data);
    };
  };
}

function compile(route: RouteSchema, options: { checkResponses: boolean }): Serializer {
  const zodSerializer = zodSerializerCompiler(route);
  const fast = fastSerializer(route.schema);
  if (!fast) return zodSerializer;
  if (!options.checkResponses) return fast;
  return (data) => {
    zodSerializer(data);
    return fast(data);
  };
}

function fastSerializer(schema: unknown): Serializer | null {
  if (!(schema instanceof z.ZodType)) return null;
  try {
    const jsonSchema = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' });
    return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
  } catch {
    return null;
  }
}
