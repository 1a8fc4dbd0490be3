import { ApiProperty } from '@nestjs/swagger';

export class LedgerKeyDto {
  @ApiProperty({ description: 'Tên của sổ cái trong các checkpoint (origin), cũng là tên khóa.', example: 'localhost/trach-nhiem' })
  origin!: string;
  @ApiProperty({ enum: ['Ed25519'] }) algorithm!: 'Ed25519';
  @ApiProperty({ description: 'Khóa công khai Ed25519 (32 byte, base64).' }) publicKey!: string;
  @ApiProperty({ description: 'Chuỗi khóa kiểm tra theo C2SP signed-note: <origin>+<mã khóa hex>+<base64>.' }) verifierKey!: string;
}

export class InclusionProofDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() globalPosition!: number;
  @ApiProperty({ description: 'Vị trí của sự kiện trong cây (0, 1, 2… theo thứ tự nhật ký).' }) leafIndex!: number;
  @ApiProperty({ description: 'Số lá của cây được chứng minh.' }) treeSize!: number;
  @ApiProperty({ description: 'SHA-256(0x00 ‖ mã hóa chuẩn), base64.' }) leafHash!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Mã hóa chuẩn của sự kiện (RFC 8785 JCS, UTF-8) mà lá băm; xem docs/ledger.md.',
  })
  canonical!: string | null;
  @ApiProperty({ type: [String], description: 'Các giá trị băm của đường chứng minh (RFC 9162 §2.1.3), base64, từ lá lên gốc.' })
  proof!: string[];
}

export class ConsistencyProofDto {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: [String], description: 'Các giá trị băm của chứng minh nhất quán (RFC 9162 §2.1.4), base64.' })
  proof!: string[];
}
