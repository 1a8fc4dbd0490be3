import { Controller, Get, Header, NotFoundException, Query, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { canonicalEventBytes } from '@lib/ledger';
import { LedgerRangeError, noteWithCosignatures } from '@lib/read-models/ledger';
import { Public } from '../auth/auth.decorators';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { problem } from '../http/problem-details.filter';
import { invalidParam, singleParam } from '../http/query-params';
import { LedgerReader } from './ledger.reader';
import { ConsistencyProofDto, InclusionProofDto, LedgerKeyDto } from './ledger.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The proofs an outsider needs to check the log without trusting this server: the latest signed checkpoint (C2SP
 * tlog-checkpoint), the log's public key, and RFC 9162 inclusion and consistency proofs against any checkpoint's size.
 * Public: they hold hashes only (the event itself is read, with its reader's rights, from the task or the audit trail).
 */
@Public()
@ApiTags('Sổ cái chống sửa đổi (ledger)')
@ApiRoutesDocumented()
@Controller('ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerReader) {}

  @Get('checkpoint')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiResponse({
    status: 200,
    description: 'Checkpoint mới nhất, dạng ghi chú có chữ ký (C2SP signed-note), kèm chữ ký đồng xác nhận của nhân chứng.',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: 'Checkpoint mới nhất của sổ cái (origin, số lá, gốc cây), có chữ ký Ed25519' })
  async checkpoint(@Res({ passthrough: true }) response: Response): Promise<string> {
    const latest = await this.ledger.query.checkpoint();
    if (!latest) throw this.noCheckpoint(response);
    return noteWithCosignatures(latest);
  }

  @Get('key')
  @ApiJsonOk(LedgerKeyDto, 'Khóa công khai của sổ cái và chuỗi khóa kiểm tra (note verifier key).')
  @ApiOperation({ summary: 'Khóa công khai Ed25519 dùng để kiểm tra chữ ký các checkpoint' })
  key(): LedgerKeyDto {
    const verifier = this.ledger.verifier;
    const verifierKey = this.ledger.verifierKey();
    if (!verifier || !verifierKey)
      throw new NotFoundException(problem('not-found', 'Not found', 404, 'Sổ cái chưa được cấu hình khóa ký (LEDGER_SIGNING_KEY).'));
    return { origin: verifier.name, algorithm: 'Ed25519', publicKey: verifier.publicKey.toString('base64'), verifierKey };
  }

  @Get('proofs/inclusion')
  @ApiQuery({ name: 'event', description: 'Mã sự kiện (UUID).' })
  @ApiQuery({ name: 'size', required: false, description: 'Số lá của cây (của một checkpoint); mặc định: checkpoint mới nhất.' })
  @ApiJsonOk(InclusionProofDto, 'Chứng minh sự kiện nằm trong cây có số lá đã cho (RFC 9162 §2.1.3), kèm mã hóa chuẩn của sự kiện.')
  @ApiOperation({ summary: 'Chứng minh một sự kiện có trong sổ cái' })
  async inclusion(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<InclusionProofDto> {
    const eventId = singleParam(query, 'event');
    if (eventId === null || !UUID.test(eventId)) throw invalidParam('event', 'phải là mã UUID của một sự kiện');
    const size = await this.sizeParam(query, 'size', response);
    const leaf = await this.ledger.query.leafOfEvent(eventId);
    if (!leaf)
      throw new NotFoundException(
        problem('not-found', 'Not found', 404, `Sự kiện ${eventId} chưa có trong sổ cái (không có, hoặc vừa ghi và chưa được băm).`, {
          eventId,
        }),
      );
    if (leaf.leafIndex >= size) throw invalidParam('size', `sự kiện là lá số ${leaf.leafIndex}, không nằm trong cây ${size} lá`);
    const proof = await this.ranged(() => this.ledger.query.inclusionProof(leaf.leafIndex, size));
    const event = await this.ledger.query.storedEvent(eventId);
    return {
      eventId,
      globalPosition: leaf.globalPosition,
      leafIndex: leaf.leafIndex,
      treeSize: size,
      leafHash: leaf.leafHash.toString('base64'),
      canonical: event ? canonicalEventBytes(event).toString('utf8') : null,
      proof: proof.map((hash) => hash.toString('base64')),
    };
  }

  @Get('proofs/consistency')
  @ApiQuery({ name: 'from', description: 'Số lá của cây cũ.' })
  @ApiQuery({ name: 'to', required: false, description: 'Số lá của cây mới; mặc định: checkpoint mới nhất.' })
  @ApiJsonOk(ConsistencyProofDto, 'Chứng minh cây cũ là phần đầu của cây mới (RFC 9162 §2.1.4): sổ cái chỉ được ghi thêm.')
  @ApiOperation({ summary: 'Chứng minh sổ cái chỉ được ghi thêm giữa hai checkpoint' })
  async consistency(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<ConsistencyProofDto> {
    const from = this.integerParam(query, 'from');
    if (from === null) throw invalidParam('from', 'bắt buộc phải có');
    const to = await this.sizeParam(query, 'to', response);
    if (from > to) throw invalidParam('from', `lớn hơn to (${to})`);
    const proof = await this.ranged(() => this.ledger.query.consistencyProof(from, to));
    return { from, to, proof: proof.map((hash) => hash.toString('base64')) };
  }

  /** A tree size from the query, or the latest checkpoint's (none yet: see `noCheckpoint`). */
  private async sizeParam(query: Record<string, unknown>, field: string, response: Response): Promise<number> {
    const given = this.integerParam(query, field);
    if (given !== null) return given;
    const latest = await this.ledger.query.checkpoint();
    if (!latest) throw this.noCheckpoint(response, ` Hãy ghi rõ ${field}.`);
    return latest.treeSize;
  }

  /**
   * No checkpoint is stored. Without a signing key none ever will be: 404, a matter of configuration, not an outage.
   * With one, the first is signed within LEDGER_CHECKPOINT_MS: 503 with `Retry-After`.
   */
  private noCheckpoint(response: Response, hint = ''): NotFoundException | ServiceUnavailableException {
    if (!this.ledger.verifier)
      return new NotFoundException(
        problem(
          'not-found',
          'Not found',
          404,
          `Sổ cái chưa được cấu hình khóa ký (LEDGER_SIGNING_KEY), nên không có checkpoint nào.${hint}`,
        ),
      );
    const seconds = Math.max(1, Math.ceil(this.ledger.config.ledgerCheckpointMs / 1000));
    response.setHeader('Retry-After', String(seconds));
    return new ServiceUnavailableException(
      problem(
        'ledger-no-checkpoint',
        'No checkpoint yet',
        503,
        `Sổ cái chưa có checkpoint nào; checkpoint đầu tiên được ký trong vòng ${seconds} giây sau khi có sự kiện.${hint}`,
      ),
    );
  }

  private integerParam(query: Record<string, unknown>, field: string): number | null {
    const text = singleParam(query, field);
    if (text === null) return null;
    if (!/^(0|[1-9][0-9]{0,15})$/.test(text)) throw invalidParam(field, 'phải là số nguyên không âm');
    return Number(text);
  }

  private async ranged<T>(compute: () => Promise<T>): Promise<T> {
    try {
      return await compute();
    } catch (error) {
      if (error instanceof LedgerRangeError)
        throw new NotFoundException(problem('not-found', 'Not found', 404, `Cây chưa đạt kích thước yêu cầu: ${error.message}.`));
      throw error;
    }
  }
}
