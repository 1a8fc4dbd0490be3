import type { SeededRandom } from '@lib/domain/core';
import { categoryLabel } from './task-title.templates';

/** Wording of what officials write on a task: results, reasons, opinions. All NFC. */

const RESULTS = [
  'Đã hoàn thành, có văn bản báo cáo kết quả',
  'Đã xử lý xong, báo cáo kết quả và đề xuất giải pháp',
  'Đã hoàn thành nội dung được giao, gửi kèm báo cáo chi tiết',
  'Đã kiểm tra, xử lý và thông báo kết quả cho tổ chức, công dân',
  'Đã tổng hợp số liệu, ban hành báo cáo theo đúng đề cương',
];

export function resultText(random: SeededRandom): string {
  return random.pick(RESULTS);
}

export function transferReason(targetCategory: string | undefined): string {
  return targetCategory === undefined
    ? 'Đề nghị đơn vị xem xét, xử lý theo thẩm quyền'
    : `Nội dung thuộc lĩnh vực ${categoryLabel(targetCategory)}, đề nghị đơn vị xử lý theo thẩm quyền`;
}

export function notOurMandate(unitName: string, category: string): string {
  return `Nội dung thuộc lĩnh vực ${categoryLabel(category)}, không thuộc chức năng, nhiệm vụ của ${unitName}`;
}

export function consultationContent(title: string): string {
  const lower = title.charAt(0).toLocaleLowerCase('vi') + title.slice(1);
  return `Đề nghị cho ý kiến bằng văn bản về dự thảo kết quả ${lower}`;
}

const AGREE = [
  'Thống nhất với nội dung dự thảo',
  'Thống nhất, không có ý kiến bổ sung',
  'Cơ bản thống nhất, đề nghị rà soát lại số liệu tại phụ lục kèm theo',
];
const CONDITIONAL = [
  'Thống nhất với điều kiện bổ sung ý kiến của đơn vị quản lý chuyên ngành',
  'Thống nhất nếu điều chỉnh tiến độ thực hiện phù hợp kế hoạch vốn',
];
const DISAGREE = [
  'Không thống nhất phương án đề xuất do chưa phù hợp quy hoạch được duyệt',
  'Không thống nhất, số liệu dự thảo chưa khớp với số liệu quyết toán',
];

export function answerContent(stance: 'agree' | 'conditional' | 'disagree', random: SeededRandom): string {
  return random.pick(stance === 'agree' ? AGREE : stance === 'conditional' ? CONDITIONAL : DISAGREE);
}

export function deflectingAnswer(otherUnitName: string): string {
  return `Nội dung không thuộc chức năng của đơn vị, đề nghị lấy ý kiến ${otherUnitName}`;
}

const DIFFICULTIES = [
  'Thiếu số liệu khảo sát hiện trạng, đã đề nghị đơn vị tư vấn bổ sung',
  'Chưa có hướng dẫn của bộ, ngành về định mức áp dụng',
  'Hồ sơ gốc do đơn vị trước đây quản lý chưa bàn giao đầy đủ',
  'Người dân chưa hợp tác cung cấp giấy tờ, đang tiếp tục vận động',
];

export function difficultyText(random: SeededRandom): string {
  return random.pick(DIFFICULTIES);
}

const EXTENSIONS = [
  'Đơn vị chủ trì đề nghị gia hạn do phải lấy thêm ý kiến các cơ quan liên quan',
  'Gia hạn để chờ kết quả đo đạc, khảo sát bổ sung',
  'Khối lượng công việc phát sinh, đồng ý gia hạn theo đề nghị của đơn vị',
];

export function extensionReason(random: SeededRandom): string {
  return random.pick(EXTENSIONS);
}

const REOPENINGS = [
  'Kết quả chưa đạt yêu cầu, đề nghị bổ sung số liệu và đề xuất cụ thể',
  'Báo cáo chưa đúng đề cương, đề nghị hoàn thiện lại',
  'Chưa giải quyết dứt điểm kiến nghị, công dân tiếp tục phản ánh',
];

export function reopenReason(random: SeededRandom): string {
  return random.pick(REOPENINGS);
}

const CANCELLATIONS = [
  'Nội dung đã được giải quyết tại văn bản khác',
  'Thu hồi nhiệm vụ do thay đổi chủ trương',
  'Nhiệm vụ được lồng ghép vào kế hoạch chung của thành phố',
];

export function cancelReason(random: SeededRandom): string {
  return random.pick(CANCELLATIONS);
}

const COMMENTS = [
  'Đề nghị khẩn trương triển khai, báo cáo tiến độ',
  'Đã làm việc với đơn vị liên quan, đang hoàn thiện dự thảo',
  'Đề nghị phối hợp chặt chẽ với địa phương trong quá trình thực hiện',
  'Đang tổng hợp số liệu từ các phường',
];

export function commentText(random: SeededRandom): string {
  return random.pick(COMMENTS);
}

export const UPWARD_SUBMISSION = 'Kính trình lãnh đạo xem xét, quyết định';
export const DIRECTION_OWN_AUTHORITY = 'Nội dung thuộc thẩm quyền của đơn vị; đề nghị xem xét, giải quyết theo quy định';

const DIRECTIONS = [
  'Đồng ý với đề xuất; giao đơn vị chủ trì hoàn thiện, ban hành',
  'Thống nhất chủ trương; đề nghị hoàn chỉnh hồ sơ theo ý kiến góp ý',
  'Đồng ý, triển khai thực hiện theo quy định',
];

export function directionText(random: SeededRandom): string {
  return random.pick(DIRECTIONS);
}

export function submissionText(allAgreed: boolean): string {
  return allAgreed
    ? 'Kính trình phê duyệt; các đơn vị được lấy ý kiến đã thống nhất'
    : 'Kính trình xem xét; còn ý kiến khác nhau giữa các đơn vị, xin ý kiến chỉ đạo';
}

export function reassignmentReason(unitName: string): string {
  return `Đề nghị giao ${unitName} chủ trì do có chuyên môn phù hợp hơn`;
}

export const REASSIGNMENT_DECLINED = 'Giữ nguyên phân công; đơn vị chủ trì tiếp tục thực hiện, các đơn vị liên quan phối hợp';

export function apologyReason(random: SeededRandom): string {
  return random.pick([
    'Hồ sơ phải xác minh thêm tại thực địa',
    'Chờ ý kiến của cơ quan thuế về nghĩa vụ tài chính',
    'Phát sinh tranh chấp ranh giới, cần lấy ý kiến khu dân cư',
  ]);
}

export const SUPPLEMENT_STAGES = ['Tiếp nhận hồ sơ', 'Thẩm định hồ sơ', 'Kiểm tra thực địa'] as const;
