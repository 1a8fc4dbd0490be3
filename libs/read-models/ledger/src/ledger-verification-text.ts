import type { CheckpointMismatch, EventMismatch, LedgerEventSummary, TreeMismatch } from './ledger-verification';

/** What a verification found, in Vietnamese, for the verdict of `npm run verify` and `/health`. */

const numbers = new Intl.NumberFormat('vi-VN');
const instants = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** 123456 → "123.456". */
export function vietnameseCount(n: number): string {
  return numbers.format(n);
}

/** An ISO instant as "dd/mm/yyyy HH:mm:ss" in Vietnam's time (Asia/Ho_Chi_Minh). */
export function vietnameseInstant(iso: string): string {
  const parts = Object.fromEntries(instants.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

function eventText(event: LedgerEventSummary): string {
  return `sự kiện ${event.id} (vị trí ${event.globalPosition}, luồng ${event.streamId}, loại ${event.type})`;
}

/** The first place where the log and the tree part. */
export function describeEventMismatch(mismatch: EventMismatch): string {
  switch (mismatch.kind) {
    case 'altered':
      return mismatch.encodingError !== undefined
        ? `${eventText(mismatch.event)} không còn mã hóa chuẩn (RFC 8785) được nữa, nên không thể khớp với lá số ${mismatch.leafIndex}: nội dung của nó đã bị sửa sau khi ghi`
        : `${eventText(mismatch.event)} không còn khớp với lá số ${mismatch.leafIndex} đã băm: nội dung của nó đã bị sửa sau khi ghi`;
    case 'missing':
      return `lá số ${mismatch.leafIndex} ghi sự kiện ${mismatch.eventId} (vị trí ${mismatch.globalPosition}), nhưng nhật ký không còn sự kiện này: nó đã bị xóa`;
    case 'inserted':
      return `nhật ký có ${eventText(mismatch.event)} ở chỗ của lá số ${mismatch.leafIndex}, nơi cây ghi sự kiện ${mismatch.treeEventId}; không lá nào ghi sự kiện này: nó đã bị chèn vào`;
    case 'moved':
      return `nhật ký có ${eventText(mismatch.event)} ở chỗ của lá số ${mismatch.leafIndex}, nơi cây ghi sự kiện ${mismatch.treeEventId}; cây ghi sự kiện này ở lá số ${mismatch.eventLeafIndex}: thứ tự của nhật ký đã bị đổi`;
    case 'leaf-missing':
      return `cây đã lưu (${vietnameseCount(mismatch.treeSize)} lá) thiếu lá số ${mismatch.leafIndex}: bảng ledger_leaf đã bị xóa bớt`;
  }
}

const SIGNATURE_REASONS: Record<string, string> = {
  'missing-log-signature': 'không có chữ ký của khóa sổ cái',
  'invalid-signature': 'chữ ký không hợp lệ',
  'unverified-note': 'không có chữ ký nào của khóa sổ cái',
  'wrong-origin': 'là checkpoint của một sổ cái khác',
  'malformed-note': 'không phải một ghi chú có chữ ký hợp lệ về cú pháp',
  'malformed-checkpoint': 'nội dung không phải một checkpoint',
  'ambiguous-key': 'khóa ký không xác định được',
  'malformed-key': 'khóa không hợp lệ',
};

/** The first checkpoint the log no longer bears out. */
export function describeCheckpointMismatch(mismatch: CheckpointMismatch): string {
  const checkpoint = `checkpoint kích thước ${vietnameseCount(mismatch.treeSize)} (ký lúc ${vietnameseInstant(mismatch.publishedAt)})`;
  switch (mismatch.kind) {
    case 'root':
      return `${checkpoint} ký gốc cây ${mismatch.signedRoot}, nhưng ${vietnameseCount(mismatch.treeSize)} sự kiện đầu của nhật ký hiện nay cho gốc ${mismatch.logRoot}: nhật ký đã bị đổi sau khi checkpoint được ký`;
    case 'signature':
      return `${checkpoint} không mang chữ ký hợp lệ của sổ cái: ${SIGNATURE_REASONS[mismatch.reason] ?? mismatch.reason}`;
    case 'row':
      return `${checkpoint}: cột tree_size hoặc root_hash của bảng ledger_checkpoint không khớp với ghi chú đã ký`;
    case 'beyond-log':
      return `${checkpoint} đã ký cho ${vietnameseCount(mismatch.treeSize)} sự kiện, nhưng nhật ký chỉ còn ${vietnameseCount(mismatch.logSize)}: sự kiện đã bị xóa`;
  }
}

/** The stored tree disagrees with the log or with the latest checkpoint. */
export function describeTreeMismatch(mismatch: TreeMismatch): string {
  switch (mismatch.kind) {
    case 'head':
      return `gốc cây đã lưu (ledger_state, ${vietnameseCount(mismatch.treeSize)} lá) là ${mismatch.storedRoot}, khác gốc tính lại từ nhật ký ${mismatch.logRoot}`;
    case 'nodes':
      return mismatch.storedRoot === null
        ? `cây đã lưu thiếu nút để tính gốc của checkpoint kích thước ${vietnameseCount(mismatch.treeSize)}: bằng chứng lấy từ cây sẽ sai (dựng lại: npm run rebuild -- ledger)`
        : `các nút cây đã lưu cho gốc ${mismatch.storedRoot}, khác gốc ${mismatch.checkpointRoot} mà checkpoint kích thước ${vietnameseCount(mismatch.treeSize)} đã ký: bằng chứng lấy từ cây sẽ sai (dựng lại: npm run rebuild -- ledger)`;
  }
}
