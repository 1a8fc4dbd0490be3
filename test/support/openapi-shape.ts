/**
 * Checks a JSON value against a schema of the service's OpenAPI document (the subset Nest's swagger emits:
 * $ref, allOf, oneOf, type, nullable, enum, properties, required, items, additionalProperties). Returns every
 * mismatch as `path: what`, so a spec shows all of them at once; [] when the value fits. Stricter than OpenAPI
 * on one point, to keep the document complete: an object schema with properties and no `additionalProperties`
 * refuses members it does not list, except the schemas named in `open` (RFC 7807's problem document may
 * carry extension members).
 */
export interface ShapeSchema {
  $ref?: string;
  allOf?: ShapeSchema[];
  oneOf?: ShapeSchema[];
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, ShapeSchema>;
  required?: string[];
  items?: ShapeSchema;
  additionalProperties?: boolean | ShapeSchema;
}

export function shapeMismatches(
  value: unknown,
  schema: ShapeSchema,
  schemas: Record<string, ShapeSchema>,
  path = '$',
  open: ReadonlyArray<string> = ['ProblemDocument'],
): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = schemas[name];
    if (target === undefined) return [`${path}: unknown schema ${name}`];
    return shapeMismatches(value, open.includes(name) ? { additionalProperties: true, ...target } : target, schemas, path, open);
  }
  if (value === null) return schema.nullable ? [] : [`${path}: null, not nullable`];
  if (schema.allOf) return schema.allOf.flatMap((part) => shapeMismatches(value, part, schemas, path, open));
  if (schema.oneOf) {
    const fits = schema.oneOf.filter((part) => shapeMismatches(value, part, schemas, path, open).length === 0);
    return fits.length > 0 ? [] : [`${path}: fits none of oneOf`];
  }
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`];
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${path}: ${typeof value}, not a string`];
    case 'number':
      return typeof value === 'number' ? [] : [`${path}: ${typeof value}, not a number`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: ${JSON.stringify(value)}, not an integer`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: ${typeof value}, not a boolean`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: not an array`];
      return schema.items ? value.flatMap((item, index) => shapeMismatches(item, schema.items!, schemas, `${path}[${index}]`, open)) : [];
    case 'object':
    case undefined:
      return objectMismatches(value, schema, schemas, path, open);
    default:
      return [];
  }
}

function objectMismatches(
  value: unknown,
  schema: ShapeSchema,
  schemas: Record<string, ShapeSchema>,
  path: string,
  open: ReadonlyArray<string>,
): string[] {
  if (schema.properties === undefined && schema.additionalProperties === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not an object`];
  const record = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  const missing = (schema.required ?? []).filter((key) => !(key in record)).map((key) => `${path}.${key}: required, missing`);
  const extra = schema.additionalProperties;
  const members = Object.entries(record).flatMap(([key, member]) => {
    const known = properties[key];
    if (known) return shapeMismatches(member, known, schemas, `${path}.${key}`, open);
    if (extra === false || (extra === undefined && schema.properties !== undefined)) return [`${path}.${key}: not in the schema`];
    return typeof extra === 'object' ? shapeMismatches(member, extra, schemas, `${path}.${key}`, open) : [];
  });
  return [...missing, ...members];
}
