/**
 * The API's routes as its own OpenAPI document lists them at run time (GET /docs/openapi.json), so a new
 * endpoint is fuzzed without touching the fuzz tier. Example bodies are built from the schemas' examples.
 */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
}

export interface FuzzRoute {
  method: 'GET' | 'POST';
  /** The OpenAPI template, e.g. `/tasks/{taskId}/transfers`. */
  template: string;
  pathParams: string[];
  queryParams: Array<{ name: string; values: string[] }>;
  /** Media types the body may have; empty for routes without a body. */
  bodyTypes: string[];
  /** Bodies built from the schema's examples (resolved $refs): required fields only, and every field. */
  exampleBody: { required: unknown; full: unknown } | undefined;
}

const METHODS = new Set(['get', 'post']);

export function routesOf(document: OpenApiDocument): FuzzRoute[] {
  const schemas = document.components?.schemas ?? {};
  const routes: FuzzRoute[] = [];
  for (const [template, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!METHODS.has(method)) throw new Error(`the fuzz tier does not send ${method.toUpperCase()} yet (${template}): teach it`);
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      const jsonSchema = content['application/json']?.schema;
      routes.push({
        method: method.toUpperCase() as FuzzRoute['method'],
        template,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, values: exampleValues(p.schema) })),
        bodyTypes: Object.keys(content),
        exampleBody: jsonSchema
          ? { required: exampleOf(jsonSchema, schemas, 0, true), full: exampleOf(jsonSchema, schemas, 0, false) }
          : undefined,
      });
    }
  }
  return routes.sort((a, b) => `${a.template} ${a.method}`.localeCompare(`${b.template} ${b.method}`));
}

function exampleValues(schema: Schema | undefined): string[] {
  const values = [...(schema?.enum ?? []), ...(schema?.example !== undefined ? [schema.example] : [])];
  return values.map(String);
}

/**
 * An instance of the schema: each property's example, else one built from its type; depth-bounded.
 * `requiredOnly` leaves optional properties out (their examples, such as onBehalfOf, often break a rule).
 */
function exampleOf(schema: Schema, schemas: Record<string, Schema>, depth: number, requiredOnly: boolean): unknown {
  if (depth > 8) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.$ref) return exampleOf(schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {}, schemas, depth + 1, requiredOnly);
  if (schema.allOf?.length) return exampleOf(schema.allOf[0]!, schemas, depth + 1, requiredOnly);
  if (schema.enum?.length) return schema.enum[0];
  if (schema.properties) {
    const required = new Set(schema.required ?? []);
    const properties = Object.entries(schema.properties).filter(([name]) => !requiredOnly || required.has(name));
    return Object.fromEntries(properties.map(([name, property]) => [name, exampleOf(property, schemas, depth + 1, requiredOnly)]));
  }
  switch (schema.type) {
    case 'array':
      return schema.items ? [exampleOf(schema.items, schemas, depth + 1, requiredOnly)] : [];
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'object':
      return {};
    default:
      return 'x';
  }
}

/** `/tasks/{taskId}/events` with `{ taskId: 'abc' }` (values already encoded). */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? 'x');
}
