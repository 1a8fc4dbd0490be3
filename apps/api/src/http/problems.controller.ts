import { Controller, Get, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { PROBLEM_KINDS, problemKind, type ProblemKind } from './problem-catalogue';
import { problem } from './problem-details.filter';
import { ApiJsonOk, ApiRoutesDocumented } from './api-docs.decorators';

/** The pages that problem documents' `type` URIs name: what each kind of problem means, in Vietnamese and English. */
@Public()
@ApiRoutesDocumented()
@Controller('problems')
export class ProblemsController {
  @Get()
  @ApiJsonOk(
    {
      type: 'object',
      properties: { problems: { type: 'array', items: { type: 'object', additionalProperties: true } } },
      additionalProperties: true,
    },
    'Danh mục các loại lỗi.',
  )
  list(): { problems: ProblemKind[] } {
    return { problems: [...PROBLEM_KINDS] };
  }

  @Get(':slug')
  @ApiJsonOk(
    {
      type: 'object',
      properties: { slug: { type: 'string' }, status: { type: 'integer' }, title: { type: 'object' }, description: { type: 'object' } },
    },
    'Một loại lỗi (JSON; trang HTML khi Accept: text/html).',
  )
  one(
    @Param('slug') slug: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): ProblemKind | string {
    const found = problemKind(slug);
    if (!found) throw new NotFoundException(problem('not-found', 'Not found', 404, `Không có loại lỗi "${slug}".`));
    if (!accept?.includes('text/html')) return found;
    response.type('html');
    return pageOf(found);
  }
}

function pageOf(kind: ProblemKind): string {
  const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(kind.title.vi)} (${kind.status})</title></head>
<body>
<h1>${escape(kind.title.vi)} — HTTP ${kind.status}</h1>
<p>${escape(kind.description.vi)}</p>
<h2 lang="en">${escape(kind.title.en)}</h2>
<p lang="en">${escape(kind.description.en)}</p>
</body></html>
`;
}
