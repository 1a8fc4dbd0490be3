import { getSchemaPath } from '@nestjs/swagger';
import { EVIDENCE_BUNDLE_FORMAT, EVIDENCE_BUNDLE_VERSION, UNPROVEN_CODES } from '@lib/evidence-bundle';
import { FindingDetailDto } from '../findings/finding.dto';
import { count, ids, list, nullable, object, oneOf, text, type JsonSchema } from '../http/json-schema';
import { CustodyViewDto } from '../read-models/custody/custody.dto';
import { ResponsibilityDto } from '../read-models/responsibility/responsibility.dto';
import { CASE_DETAIL_SCHEMA } from './case-bodies.schema';

/** The JSON body of GET /cases/{caseId}/evidence-bundle (format `disciplinary-case-evidence-bundle`, version 2). */

/** The DTOs the bundle's parts share with their own routes (GET /findings/{id}, /tasks/{id}/custody, /tasks/{id}/responsibility). */
export const EVIDENCE_BUNDLE_MODELS = [FindingDetailDto, CustodyViewDto, ResponsibilityDto];

const openObject = (description: string): JsonSchema => ({ type: 'object', additionalProperties: true, description });
const ref = (model: Function, description?: string): JsonSchema => ({
  allOf: [{ $ref: getSchemaPath(model) }],
  ...(description ? { description } : {}),
});

/** An event as the store serves it; its leaf in the log encodes every member but `checkpoint`. */
const STORED_EVENT = object(
  {
    id: text('Mã sự kiện (UUID)'),
    type: text('Loại sự kiện'),
    data: openObject('Nội dung sự kiện'),
    metadata: openObject('Người thực hiện, thay mặt ai, thời điểm xảy ra, mã lệnh…'),
    streamId: text('Luồng sự kiện (task-<uuid>, disciplinary_case-<uuid>…)'),
    streamVersion: count('Phiên bản trong luồng, từ 0'),
    globalPosition: count('Số thứ tự trong nhật ký chung'),
    checkpoint: text('Vị trí trong nhật ký theo cách của kho sự kiện (không thuộc mã hóa chuẩn)'),
    recordedAt: text('Thời điểm kho ghi nhận (ISO 8601, UTC, đến mili giây)'),
  },
  'Một sự kiện như kho sự kiện lưu',
);

const BASE64_HASH = 'Giá trị băm SHA-256, base64';

export const LEDGER_PART_SCHEMA = object(
  {
    origin: nullable(text('Tên sổ cái (origin) trong các checkpoint; để tham khảo')),
    verifierKey: nullable(
      text(
        'Chuỗi khóa kiểm tra của sổ cái như GET /ledger/key cho (<origin>+<mã khóa>+<base64>); chỉ để tham khảo: người kiểm tra phải lấy khóa từ nguồn tin cậy khác',
      ),
    ),
    checkpoint: nullable(
      object(
        {
          treeSize: count('Số lá của cây mà checkpoint ký'),
          rootHash: text(`Gốc cây (RFC 9162), ${BASE64_HASH}`),
          note: text(
            'Checkpoint dạng ghi chú có chữ ký (C2SP tlog-checkpoint, signed-note), kèm các dòng đồng xác nhận của nhân chứng sau chữ ký của sổ cái: đúng như GET /ledger/checkpoint',
          ),
          publishedAt: text('Thời điểm sổ cái ký checkpoint (ISO 8601)'),
        },
        'Checkpoint mới nhất khi tạo bộ chứng cứ: mọi chứng minh thuộc cây đều đối chiếu với cây này; trống khi sổ cái chưa ký checkpoint nào',
      ),
    ),
    events: list(
      object(
        {
          eventId: text('Mã sự kiện'),
          leafIndex: nullable(count('Vị trí lá của sự kiện trong cây (0, 1, 2… theo thứ tự nhật ký); trống khi chưa được băm')),
          canonical: nullable(
            text(
              'Mã hóa chuẩn của sự kiện mà lá băm: RFC 8785 (JCS) của 8 trường globalPosition, id, streamId, streamVersion, type, data, metadata, recordedAt, dạng văn bản UTF-8; trống khi nhật ký không có sự kiện này',
            ),
          ),
          leafHash: nullable(text(`Giá trị băm lá như cây lưu, SHA-256(0x00 ‖ mã hóa chuẩn), base64; trống khi chưa được băm`)),
          proof: nullable(
            ids(
              `Chứng minh thuộc cây (RFC 9162 §2.1.3) trong cây của checkpoint, từ lá lên gốc, mỗi phần tử là ${BASE64_HASH}; trống khi chưa có chứng minh`,
            ),
          ),
          unproven: nullable(
            object(
              {
                code: oneOf(
                  UNPROVEN_CODES,
                  'no-checkpoint: chưa có checkpoint; after-checkpoint: ghi sau checkpoint mới nhất; not-hashed-yet: sổ cái chưa băm tới; tree-rebuilding: cây đang được dựng lại; not-in-log: không có trong nhật ký',
                ),
                reason: text('Lý do, bằng tiếng Việt'),
              },
              'Vì sao chưa có chứng minh; trống khi đã có',
            ),
          ),
        },
        'Một sự kiện mà bộ chứng cứ viện dẫn',
      ),
      'Mọi sự kiện mà phần đọc được của bộ chứng cứ chứa hoặc nêu mã (sự kiện của hồ sơ, chứng cứ và kết luận của phát hiện, quá trình của nhiệm vụ…), mỗi sự kiện một lần',
    ),
  },
  'Phần sổ cái: để kiểm tra bộ chứng cứ mà không cần máy chủ (npm run verify-bundle -- <tệp> <khóa kiểm tra>)',
);

export const EVIDENCE_BUNDLE_SCHEMA = object({
  format: oneOf([EVIDENCE_BUNDLE_FORMAT]),
  version: { type: 'integer', enum: [EVIDENCE_BUNDLE_VERSION], description: 'Phiên bản định dạng: 2 có phần sổ cái (ledger)' },
  generatedAt: text('Thời điểm tạo bộ chứng cứ (ISO 8601)'),
  generatedBy: object({ personId: text(), unitId: text() }, 'Người tải bộ chứng cứ'),
  asOf: text('Quá trình giữ và trách nhiệm được tính đến thời điểm đề nghị (ISO 8601)'),
  case: CASE_DETAIL_SCHEMA,
  caseEvents: list(STORED_EVENT, 'Các sự kiện của hồ sơ, theo thứ tự trong luồng'),
  findings: list(ref(FindingDetailDto), 'Các phát hiện được viện dẫn, kèm chứng cứ và kết luận của thanh tra'),
  tasks: list(
    object({
      taskId: text(),
      events: list(STORED_EVENT, 'Toàn bộ sự kiện của nhiệm vụ, theo thứ tự trong luồng'),
      custody: nullable(ref(CustodyViewDto, 'Quá trình giữ nhiệm vụ tính đến asOf; trống khi nhiệm vụ chưa được giao')),
      attribution: nullable(ref(ResponsibilityDto, 'Phân định trách nhiệm tính đến asOf; trống khi nhiệm vụ chưa được giao')),
    }),
    'Các nhiệm vụ của các phát hiện',
  ),
  ledger: LEDGER_PART_SCHEMA,
});
