import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProjectionStatus } from '@lib/projector';
import { ProjectorService } from './projector.provider';

@ApiTags('Mô hình đọc (projections)')
@ApiBearerAuth()
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly projector: ProjectorService) {}

  @Get()
  @ApiOperation({ summary: 'Trạng thái từng mô hình đọc: đã bắt kịp nhật ký chưa, chậm bao nhiêu sự kiện và bao nhiêu giây' })
  async list(): Promise<{ projections: ProjectionStatus[] }> {
    return { projections: await this.projector.status() };
  }
}
