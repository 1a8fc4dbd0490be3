import type { OpenAPIObject } from '@nestjs/swagger';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
/** The answer of GET /handover-network, for the OpenAPI document (and the console's generated types). */
const arc: SchemaObject = {
  type: 'object',
  required: [
    'from',
    'to',
    'fromName',
    'toName',
    'count',
    'totalWaitWorkingDays',
    'maxWaitWorkingDays',
    'averageWaitWorkingDays',
    'medianWaitWorkingDays',
    'eventIds',
  ],
  properties: {
    from: { type: 'string', description: 'Đơn vị (hoặc cá nhân; `unit:<id>` khi chỉ biết đơn vị) giao' },
    to: { type: 'string', description: 'Đơn vị (hoặc cá nhân) nhận' },
    fromName: { type: 'string', nullable: true, description: 'Tên bên giao, đơn vị gọi như vào ngày lần chuyển giao cuối của cung' },
    toName: { type: 'string', nullable: true, description: 'Tên bên nhận, như trên' },
    count: { type: 'integer' },
    totalWaitWorkingDays: { type: 'number' },
    maxWaitWorkingDays: { type: 'number' },
    averageWaitWorkingDays: { type: 'number' },
    medianWaitWorkingDays: { type: 'number' },
    eventIds: { type: 'array', items: { type: 'string' } },
  },
};

const unitFigures: SchemaObject = {
  type: 'object',
  required: ['unitId', 'unitName', 'taskCount', 'reassignmentCount', 'resolvedByFirstLeadCount', 'resolvedByFirstLeadRate'],
  properties: {
    unitId: { type: 'string' },
    unitName: { type: 'string', nullable: true },
    taskCount: { type: 'integer', description: 'Số nhiệm vụ của mạng mà đơn vị được giao chủ trì đầu tiên' },
    reassignmentCount: { type: 'integer', description: 'Tổng số lần đổi đơn vị xử lý của các nhiệm vụ đó' },
    resolvedByFirstLeadCount: { type: 'integer' },
    resolvedByFirstLeadRate: {
      type: 'number',
      description: 'Tỉ lệ nhiệm vụ do chính đơn vị chủ trì đầu tiên giải quyết, không đổi đơn vị',
    },
  },
};

const arcTask: SchemaObject = {
  type: 'object',
  required: ['id', 'title', 'count'],
  properties: { id: { type: 'string' }, title: { type: 'string', nullable: true }, count: { type: 'integer' } },
};

export const HANDOVER_NETWORK_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['level', 'from', 'to', 'asOf', 'edges', 'units', 'tasks'],
  properties: {
    level: { type: 'string', enum: ['unit', 'person'] },
    from: { type: 'string', format: 'date-time', nullable: true },
    to: { type: 'string', format: 'date-time', nullable: true },
    asOf: { type: 'string', format: 'date-time' },
    edges: { type: 'array', items: arc },
    units: { type: 'array', items: unitFigures },
    tasks: { type: 'array', items: arcTask, nullable: true, description: 'Các nhiệm vụ của cung giver → receiver khi được hỏi' },
  },
};
