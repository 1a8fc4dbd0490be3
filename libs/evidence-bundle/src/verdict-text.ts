import type { BundleVerification, EventVerdict } from './verify-bundle';

/**
 * The verdict as a person reads it, in Vietnamese: the checkpoint and its signatures, the counts, then each
 * event that failed (its id, type and what failed) or has no proof, and the conclusion last.
 */
export function verdictText(result: BundleVerification): string {
  const lines: string[] = [];
  const { checkpoint, counts } = result;
  lines.push(`Bộ chứng cứ hồ sơ kỷ luật ${result.caseId ?? '(không rõ mã hồ sơ)'}`);
  if (checkpoint.treeSize !== null) {
    const published = checkpoint.publishedAt ? `, ký lúc ${vietnamTime(Date.parse(checkpoint.publishedAt))}` : '';
    lines.push(`Checkpoint: cây ${checkpoint.treeSize} lá, gốc ${checkpoint.rootHash ?? '?'}${published}.`);
  }
  if (checkpoint.problems.length === 0) {
    lines.push(`  Chữ ký của sổ cái (${checkpoint.logKey}): hợp lệ.`);
  } else {
    for (const problem of checkpoint.problems) lines.push(`  ✗ ${problem}`);
  }
  for (const witness of checkpoint.witnesses)
    lines.push(`  Đồng xác nhận của nhân chứng ${witness.key} lúc ${vietnamTime(witness.timestamp * 1000)}: hợp lệ.`);
  if (checkpoint.unchecked.length > 0)
    lines.push(
      `  ${checkpoint.unchecked.length} chữ ký đồng xác nhận chưa kiểm tra (${checkpoint.unchecked.join(', ')}): cần khóa của nhân chứng (--witness <khóa>).`,
    );
  if (result.keyNotice) lines.push(`  Lưu ý: ${result.keyNotice}`);

  const anchored = checkpoint.ok ? 'đã chứng minh' : 'khớp gốc cây chưa được xác thực';
  lines.push(
    `Sự kiện được viện dẫn: ${counts.cited} (${anchored}: ${counts.proven}; chưa có chứng minh: ${counts.unproven}; không hợp lệ: ${counts.failed}).`,
  );
  const failed = result.events.filter((event) => event.status === 'failed');
  if (failed.length > 0) {
    lines.push('Sự kiện không hợp lệ:');
    for (const event of failed) for (const problem of event.problems) lines.push(`  ✗ ${eventName(event)}: ${problem}.`);
  }
  const unproven = result.events.filter((event) => event.status === 'unproven');
  if (unproven.length > 0) {
    lines.push(
      `Sự kiện chưa có chứng minh${result.allowUnproven ? ' (được chấp nhận do --allow-unproven: nội dung của chúng không được bảo đảm)' : ''}:`,
    );
    for (const event of unproven) lines.push(`  ? ${eventName(event)}: chưa có chứng minh. ${event.unprovenReason ?? ''}`.trimEnd());
  }
  if (result.problems.length > 0) {
    lines.push('Bộ chứng cứ có chỗ không hợp lệ:');
    for (const problem of result.problems) lines.push(`  ✗ ${problem}`);
  }
  lines.push(conclusion(result));
  lines.push(
    'Lưu ý: quá trình giữ nhiệm vụ, phân định trách nhiệm và các phần tổng hợp khác được tính từ các sự kiện; công cụ này kiểm tra các sự kiện, không tính lại các phần đó.',
  );
  return `${lines.join('\n')}\n`;
}

function conclusion(result: BundleVerification): string {
  const { counts } = result;
  if (result.ok) {
    const unproven = counts.unproven > 0 ? ` ${counts.unproven} sự kiện chưa có chứng minh được chấp nhận (--allow-unproven).` : '';
    return `KẾT LUẬN: HỢP LỆ. ${counts.proven} sự kiện có trong sổ cái tại checkpoint do khóa đã cho ký, và phần đọc được của bộ chứng cứ khớp với nội dung đã băm.${unproven}`;
  }
  const reasons: string[] = [];
  if (!result.checkpoint.ok) reasons.push('checkpoint không được xác thực');
  if (counts.failed > 0) reasons.push(`${counts.failed} sự kiện không hợp lệ`);
  if (counts.unproven > 0 && !result.allowUnproven) reasons.push(`${counts.unproven} sự kiện chưa có chứng minh`);
  if (result.problems.length > 0) reasons.push(`${result.problems.length} chỗ không hợp lệ khác`);
  return `KẾT LUẬN: KHÔNG HỢP LỆ (${reasons.join('; ')}).`;
}

function eventName(event: EventVerdict): string {
  return `sự kiện ${event.eventId} (${event.type ?? 'không rõ loại'})`;
}

/** dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
function vietnamTime(ms: number): string {
  if (Number.isNaN(ms)) return '?';
  const local = new Date(ms + 7 * 3600_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())} (giờ Việt Nam)`;
}
