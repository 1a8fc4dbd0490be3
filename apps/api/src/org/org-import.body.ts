import { HttpException, Injectable, UnsupportedMediaTypeException, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { problem } from '../http/problem-details.filter';

/** Organisation files are larger than commands: tens of thousands of rows fit well under this. */
const ORG_IMPORT_MAX_BYTES = 8 * 1024 * 1024;

/**
 * The app parses only JSON bodies; an import may also arrive as `text/csv`. This reads such a body
 * (UTF-8, a BOM is left for the import reader to drop) into `request.body` as a string before the
 * guards and the idempotency interceptor see the request, so a replay is keyed on the file itself.
 */
@Injectable()
export class CsvBodyMiddleware implements NestMiddleware {
  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    if (!request.is('text/csv')) return next();
    const charset = /;\s*charset=("?)([^";]+)\1/i.exec(request.headers['content-type'] ?? '')?.[2]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      request.resume();
      throw new UnsupportedMediaTypeException(
        problem('unsupported-media-type', 'Unsupported media type', 415, `Tệp CSV phải mã hóa UTF-8 (nhận được charset=${charset}).`),
      );
    }
    request.body = await readUtf8(request, ORG_IMPORT_MAX_BYTES);
    next();
  }
}

function tooLarge(limit: number): HttpException {
  return new HttpException(
    problem(
      'payload-too-large',
      'Payload too large',
      413,
      `Tệp nhập vượt quá ${limit / (1024 * 1024)} MB; hãy chia nhỏ tệp hoặc dùng lệnh npm run import-org.`,
      {
        limitBytes: limit,
      },
    ),
    413,
  );
}

/** Reads the whole body; beyond the limit the rest is discarded and 413 answered. */
function readUtf8(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('error', reject);
    request.on('end', () => {
      if (size > limit) return reject(tooLarge(limit));
      try {
        resolve(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpException(problem('malformed-request', 'Malformed request', 400, 'Tệp CSV không phải văn bản UTF-8 hợp lệ.'), 400));
      }
    });
  });
}
