import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProjectionStatus } from '@lib/projector';
import { ProjectorService } from './projector.provider';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';

@ApiTags('Mô hình đọc (projections)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly projector: ProjectorService) {}

  @Get()
  @ApiJsonOk(
    {
      type: 'object',
      properties: { projections: { type: 'array', items: { type: 'object', additionalProperties: true } } },
      additionalProperties: true,
    },
    'Tình trạng các projection.',
  )
  @ApiOperation({ summary: 'Trạng thái từng mô hình đọc: đã bắt kịp nhật ký chưa, chậm bao nhiêu sự kiện và bao nhiêu giây' })
  async list(): Promise<{ projections: ProjectionStatus[] }> {
    return { projections: await this.projector.status() };
  }
}
