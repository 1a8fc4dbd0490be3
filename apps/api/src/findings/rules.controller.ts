import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RULE_CATALOGUE, type ParameterSpec } from '@lib/domain/rules';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { RuleCatalogueDto } from './finding.dto';

export interface RuleInForce {
  code: string;
  version: number;
  title: string;
  basis: string;
  enabled: boolean;
  timeBased: boolean;
  attributes: boolean;
  templates: Readonly<Record<string, string>>;
  parameters: Array<{
    name: string;
    kind: ParameterSpec['kind'];
    value: unknown;
    default: unknown;
    description: string;
    configured: boolean;
  }>;
}

@ApiTags('Phát hiện vi phạm và kết luận của thanh tra (findings)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('rules')
export class RulesController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiJsonOk(RuleCatalogueDto, 'Danh mục quy tắc đang áp dụng.')
  @ApiOperation({ summary: 'Danh mục quy tắc phát hiện: mã, phiên bản, căn cứ, mẫu diễn giải và tham số đang áp dụng' })
  rules(): { fingerprint: number; rules: RuleInForce[] } {
    const { resolved, fingerprint } = this.config.rules;
    return {
      fingerprint,
      rules: RULE_CATALOGUE.map((rule) => ({
        code: rule.code,
        version: rule.version,
        title: rule.title,
        basis: rule.basis,
        enabled: resolved.enabled.has(rule.code),
        timeBased: rule.timeBased,
        attributes: rule.attributes,
        templates: rule.templates,
        parameters: Object.entries(rule.parameters).map(([name, spec]) => {
          const value = resolved.parameters[rule.code][name];
          return {
            name,
            kind: spec.kind,
            value,
            default: spec.default,
            description: spec.description,
            configured: JSON.stringify(value) !== JSON.stringify(spec.default),
          };
        }),
      })),
    };
  }
}
