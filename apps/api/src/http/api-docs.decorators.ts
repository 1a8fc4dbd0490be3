import { applyDecorators, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_ROUTE } from '../auth/auth.decorators';
import { PROBLEM_KINDS } from './problem-catalogue';
import { ProblemDocumentSchema } from './problem-document.schema';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Where `@ApiResponse` keeps a method's responses (`DECORATORS.API_RESPONSE` of @nestjs/swagger, not exported). */
const SWAGGER_RESPONSES = 'swagger/apiResponse';

/** A response documented as an RFC 7807 problem: the catalogue's Vietnamese titles of that status, and the schema. */
export function problemResponse(status: number): Parameters<typeof ApiResponse>[0] {
  const titles = PROBLEM_KINDS.filter((kind) => kind.status === status).map((kind) => `${kind.title.vi} (${kind.slug})`);
  return {
    status,
    description: titles.length > 0 ? titles.join('; ') : 'Lỗi',
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDocumentSchema) } } },
  };
}

/** The optional `Idempotency-Key` of a command (the idempotency interceptor's). */
export const ApiIdempotencyKey = (): MethodDecorator =>
  ApiHeader({
    name: IDEMPOTENCY_KEY_HEADER,
    required: false,
    description:
      'Khóa do bên gửi chọn (1–255 ký tự in được, không khoảng trắng): gửi lại cùng khóa và cùng nội dung thì nhận lại kết quả lần đầu, ' +
      'lệnh không bị ghi hai lần; cùng khóa với nội dung khác là lỗi 422.',
    schema: { type: 'string', maxLength: 255 },
  });

type Route = { key: string; descriptor: PropertyDescriptor; method: RequestMethod; path: string; readsInput: boolean };

function routesOf(target: Function): Route[] {
  const prototype = target.prototype as Record<string, unknown>;
  const args = (key: string): string[] => Object.keys((Reflect.getMetadata(ROUTE_ARGS_METADATA, target, key) as object | undefined) ?? {});
  const inputs = [RouteParamtypes.QUERY, RouteParamtypes.PARAM, RouteParamtypes.BODY, RouteParamtypes.HEADERS].map(String);
  return Object.getOwnPropertyNames(prototype).flatMap((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
    if (key === 'constructor' || descriptor === undefined || typeof descriptor.value !== 'function') return [];
    const method = Reflect.getMetadata(METHOD_METADATA, descriptor.value) as RequestMethod | undefined;
    if (method === undefined) return [];
    const path = String(Reflect.getMetadata(PATH_METADATA, descriptor.value) ?? '');
    const readsInput = args(key).some((arg) => inputs.includes(arg.split(':')[0] ?? ''));
    return [{ key, descriptor, method, path, readsInput }];
  });
}

type DocumentedResponse = { description?: string; type?: unknown; isArray?: boolean; schema?: unknown; content?: Record<string, unknown> };

/** An error a route documented with another body (its own schema, or none) is documented as the problem it is. */
function asProblems(method: object): void {
  const responses = (Reflect.getMetadata(SWAGGER_RESPONSES, method) as Record<string, DocumentedResponse> | undefined) ?? {};
  const upgraded = Object.fromEntries(
    Object.entries(responses).map(([status, response]) => {
      if (!/^[45]\d\d$/.test(status) || response.content?.['application/problem+json'] !== undefined) return [status, response];
      const { type: _type, isArray: _isArray, schema: _schema, ...rest } = response;
      const problem = problemResponse(Number(status));
      return [status, { ...rest, description: response.description || problem.description, content: problem.content }];
    }),
  );
  Reflect.defineMetadata(SWAGGER_RESPONSES, upgraded, method);
}

/**
 * Documents what every route of a controller shares, so that no route of it is left out: its errors as RFC 7807
 * problems (429, 500, 503 always; 401 and 403 unless public; 400 when it reads parameters or a body, 404 when
 * its path names an object; on commands 409 and 422 too) and, on every command (POST) of a signed-in caller, the
 * `Idempotency-Key` header. An error a route documents itself keeps its description and is given the problem
 * schema. The success body is each route's own `@Api…Response`.
 */
export function ApiRoutesDocumented(): ClassDecorator {
  return (target) => {
    ApiExtraModels(ProblemDocumentSchema)(target);
    const controllerPath = String(Reflect.getMetadata(PATH_METADATA, target) ?? '');
    const publicController = Reflect.getMetadata(PUBLIC_ROUTE, target) === true;
    for (const route of routesOf(target)) {
      const isPublic = publicController || Reflect.getMetadata(PUBLIC_ROUTE, route.descriptor.value) === true;
      const isCommand = route.method === RequestMethod.POST;
      const statuses = [
        ...(route.readsInput || isCommand ? [400] : []),
        ...(isPublic ? [] : [401, 403]),
        ...(`${controllerPath}/${route.path}`.includes(':') ? [404] : []),
        ...(isCommand ? [409, 422] : []),
        429,
        500,
        503,
      ];
      const documented =
        (Reflect.getMetadata(SWAGGER_RESPONSES, route.descriptor.value) as Record<string, DocumentedResponse> | undefined) ?? {};
      for (const status of statuses) {
        if (documented[String(status)] === undefined) ApiResponse(problemResponse(status))(target.prototype, route.key, route.descriptor);
      }
      asProblems(route.descriptor.value as object);
      // The interceptor keys only what a signed-in caller sends: a public command has no Idempotency-Key.
      if (isCommand && !isPublic) ApiIdempotencyKey()(target.prototype, route.key, route.descriptor);
    }
  };
}

/** A schema of the OpenAPI document (an object, or a reference to a component). */
type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILES: Record<'csv' | 'xlsx' | 'jsonl', { type: string; schema: { type: 'string'; format?: string } }> = {
  csv: { type: 'text/csv', schema: { type: 'string' } },
  xlsx: { type: XLSX, schema: { type: 'string', format: 'binary' } },
  jsonl: { type: 'application/x-ndjson', schema: { type: 'string' } },
};

/**
 * A success answer in JSON (a DTO class, or a schema object for shapes documented loosely) and, when `files`
 * are named, the downloads the same route gives with `format=` (CSV UTF-8 with BOM, XLSX, JSON Lines).
 */
export function ApiJsonOk(
  body: Function | SchemaObject,
  description: string,
  options: { status?: number; files?: ReadonlyArray<keyof typeof FILES> } = {},
): MethodDecorator {
  const json = typeof body === 'function' ? { schema: { $ref: getSchemaPath(body) } } : { schema: body };
  const files = Object.fromEntries((options.files ?? []).map((format) => [FILES[format].type, { schema: FILES[format].schema }]));
  return applyDecorators(
    ...(typeof body === 'function' ? [ApiExtraModels(body)] : []),
    ApiResponse({ status: options.status ?? 200, description, content: { 'application/json': json, ...files } }),
  );
}
