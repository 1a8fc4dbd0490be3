import type { EventMetadata, NewEvent } from '@lib/event-store';

/** mulberry32: a small, fast, seeded PRNG, so every run appends the same events. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';

/** A version-4 shaped UUID drawn from the seeded generator. */
function seededUuid(random: () => number): string {
  let out = '';
  for (let i = 0; i < 32; i++) {
    let nibble = Math.floor(random() * 16);
    if (i === 12) nibble = 4;
    if (i === 16) nibble = 8 + (nibble & 3);
    out += HEX[nibble];
    if (i === 7 || i === 11 || i === 15 || i === 19) out += '-';
  }
  return out;
}

const UNITS = ['ubnd-tp', 'so-xay-dung', 'so-tn-mt', 'so-tai-chinh', 'so-noi-vu', 'phong-qlđt-q1'];
const PEOPLE = ['le-van-cuong', 'nguyen-thi-hoa', 'tran-minh-duc', 'pham-thu-trang', 'vo-quoc-bao', 'hoang-thi-lan'];
const NOTES = [
  'Đề nghị Sở Tài nguyên và Môi trường phối hợp rà soát hồ sơ đất đai của dự án khu dân cư phường An Khánh.',
  'Đã nhận văn bản số 1234/UBND-ĐT, chuyển phòng chuyên môn xử lý theo thẩm quyền, báo cáo trước hạn.',
  'Hồ sơ còn thiếu biên bản kiểm tra hiện trường; yêu cầu chủ đầu tư bổ sung trong vòng năm ngày làm việc.',
  'Xin gia hạn thời gian giải quyết do phải lấy ý kiến của các sở, ngành liên quan theo quy định hiện hành.',
];
const TYPES = ['TaskCommented', 'TaskTransferred', 'TaskDeadlineExtended', 'TaskProgressReported'] as const;

function pick<T>(random: () => number, items: ReadonlyArray<T>): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * A realistic task event: Vietnamese free text, unit and person ids, a due date, and the full metadata
 * the service stores (actor, sometimes on-behalf-of, command / correlation / causation ids, occurredAt).
 * About 600 bytes of JSON for data plus metadata.
 */
function taskEvent(random: () => number, sequence: number): NewEvent {
  const type = pick(random, TYPES);
  const day = 1 + Math.floor(random() * 28);
  const metadata: EventMetadata = {
    actor: { personId: pick(random, PEOPLE), unitId: pick(random, UNITS) },
    commandId: seededUuid(random),
    correlationId: seededUuid(random),
    causationId: random() < 0.5 ? null : seededUuid(random),
    occurredAt: `2026-03-${String(day).padStart(2, '0')}T09:${String(sequence % 60).padStart(2, '0')}:00.000+07:00`,
    schemaVersion: 1,
  };
  if (random() < 0.3) metadata.onBehalfOf = { personId: pick(random, PEOPLE), unitId: pick(random, UNITS) };
  return {
    id: seededUuid(random),
    type,
    data: {
      note: pick(random, NOTES),
      fromUnitId: pick(random, UNITS),
      toUnitId: pick(random, UNITS),
      dueDate: `2026-04-${String(day).padStart(2, '0')}`,
      documentNumber: `${1000 + Math.floor(random() * 9000)}/UBND-ĐT`,
      sequence,
    },
    metadata,
  };
}

/** Events for one writer: its own task stream, batches drawn in order from its own seeded generator. */
export class WriterEvents {
  private readonly random: () => number;
  private sequence = 0;
  readonly streamId: string;

  constructor(seed: number) {
    this.random = seededRandom(seed);
    this.streamId = `task-${seededUuid(this.random)}`;
  }

  nextBatch(size: number): NewEvent[] {
    return Array.from({ length: size }, () => taskEvent(this.random, this.sequence++));
  }
}

export function eventBytes(event: NewEvent): number {
  return Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(event.metadata));
}
