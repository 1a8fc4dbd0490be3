import type { ApiJsonOk } from './api-docs.decorators';

/**
 * Small builders for the JSON schemas given to `ApiJsonOk` where a body is described field by field: an object
 * lists all its members, every one of them required (the shape test refuses members a schema does not list).
 */
export type JsonSchema = Exclude<Parameters<typeof ApiJsonOk>[0], Function>;

const described = (schema: JsonSchema, description?: string): JsonSchema => (description ? { ...schema, description } : schema);

export const text = (description?: string): JsonSchema => described({ type: 'string' }, description);
export const count = (description?: string): JsonSchema => described({ type: 'integer' }, description);
export const flag = (description?: string): JsonSchema => described({ type: 'boolean' }, description);
export const oneOf = (values: readonly string[], description?: string): JsonSchema =>
  described({ type: 'string', enum: [...values] }, description);
export const list = (items: JsonSchema, description?: string): JsonSchema => described({ type: 'array', items }, description);
export const ids = (description?: string): JsonSchema => list(text(), description);
export const nullable = (schema: JsonSchema): JsonSchema => ({ ...schema, nullable: true });

export function object(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return described({ type: 'object', properties, required: Object.keys(properties) }, description);
}
