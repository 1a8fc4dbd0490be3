import { fillTitleTemplate } from './task-title.templates';
import type { SeededRandom } from '@lib/domain/core';

/** One administrative procedure handled at a one-stop desk ("bộ phận một cửa"). */
export interface DossierProfile {
  category: string;
  titles: readonly string[];
  /** Time limit of the procedure, in working days. */
  workingDays: number;
  legalBasis: string;
  supplements: readonly string[];
  result: string;
}

export const DOSSIER_PROFILES: Readonly<Record<string, DossierProfile>> = {
  construction_permit: {
    category: 'construction_permit',
    titles: [
      'Thẩm định hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ tại {đường}, {phường} – {người}',
      'Cấp giấy phép sửa chữa, cải tạo nhà ở riêng lẻ tại {phường} – {người}',
    ],
    workingDays: 15,
    legalBasis: 'Khoản 3 Điều 54 Nghị định 175/2024/NĐ-CP',
    supplements: [
      'Bổ sung bản vẽ mặt bằng móng có chữ ký của đơn vị thiết kế',
      'Bổ sung bản sao giấy chứng nhận quyền sử dụng đất có chứng thực',
      'Điều chỉnh bản vẽ mặt đứng theo chỉ giới xây dựng',
    ],
    result: 'Đã cấp giấy phép xây dựng',
  },
  construction: {
    category: 'construction',
    titles: [
      'Thẩm định hồ sơ cấp giấy phép xây dựng công trình {dự án} – {người}',
      'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở công trình tại {phường}',
    ],
    workingDays: 20,
    legalBasis: 'Điều 102 Luật Xây dựng 2014 (sửa đổi 2020)',
    supplements: ['Bổ sung báo cáo kết quả thẩm tra thiết kế', 'Bổ sung văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy'],
    result: 'Đã có văn bản thông báo kết quả thẩm định',
  },
  land: {
    category: 'land',
    titles: [
      'Đăng ký biến động quyền sử dụng đất, {thửa}, {phường} – {người}',
      'Cấp giấy chứng nhận quyền sử dụng đất lần đầu tại {phường} – {người}',
      'Tách thửa đất tại {đường}, {phường} – {người}',
    ],
    workingDays: 10,
    legalBasis: 'Điều 21 Nghị định 101/2024/NĐ-CP',
    supplements: [
      'Bổ sung bản trích đo địa chính thửa đất',
      'Bổ sung hợp đồng chuyển nhượng đã được công chứng',
      'Bổ sung giấy tờ chứng minh nghĩa vụ tài chính',
    ],
    result: 'Đã cấp giấy chứng nhận quyền sử dụng đất',
  },
  environment: {
    category: 'environment',
    titles: ['Cấp giấy phép môi trường cho cơ sở sản xuất tại {phường}', 'Đăng ký môi trường cho cơ sở kinh doanh tại {đường}'],
    workingDays: 20,
    legalBasis: 'Điều 43 Luật Bảo vệ môi trường 2020',
    supplements: ['Bổ sung kết quả quan trắc nước thải', 'Bổ sung sơ đồ hệ thống thu gom, xử lý nước thải'],
    result: 'Đã cấp giấy phép môi trường',
  },
  industry_trade: {
    category: 'industry_trade',
    titles: [
      'Cấp giấy phép bán lẻ sản phẩm rượu tại {đường} – {người}',
      'Cấp giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu tại {phường}',
    ],
    workingDays: 10,
    legalBasis: 'Điều 25 Nghị định 105/2017/NĐ-CP',
    supplements: ['Bổ sung bản sao hợp đồng thuê địa điểm kinh doanh'],
    result: 'Đã cấp giấy phép kinh doanh',
  },
  transport: {
    category: 'transport',
    titles: ['Cấp phép thi công công trình trên đường {đường}', 'Cấp giấy phép sử dụng tạm thời lòng đường {đường} – {người}'],
    workingDays: 7,
    legalBasis: 'Điều 13 Thông tư 39/2021/TT-BGTVT',
    supplements: ['Bổ sung phương án tổ chức giao thông trong thời gian thi công'],
    result: 'Đã cấp giấy phép thi công',
  },
  health: {
    category: 'health',
    titles: [
      'Cấp giấy phép hành nghề khám bệnh, chữa bệnh – {người}',
      'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm tại {phường}',
    ],
    workingDays: 20,
    legalBasis: 'Điều 30 Luật Khám bệnh, chữa bệnh 2023',
    supplements: ['Bổ sung giấy xác nhận quá trình thực hành'],
    result: 'Đã cấp giấy phép hành nghề',
  },
  civil_status: {
    category: 'civil_status',
    titles: [
      'Đăng ký khai sinh – {người}',
      'Chứng thực hợp đồng chuyển nhượng quyền sử dụng đất – {người}',
      'Đăng ký kết hôn – {người}',
      'Cấp bản sao trích lục hộ tịch – {người}',
    ],
    workingDays: 3,
    legalBasis: 'Điều 16 Luật Hộ tịch 2014',
    supplements: ['Bổ sung giấy chứng sinh bản chính', 'Bổ sung giấy xác nhận tình trạng hôn nhân'],
    result: 'Đã trả kết quả cho người dân',
  },
};

export function dossierTitle(profile: DossierProfile, date: string, random: SeededRandom, wards?: readonly string[]): string {
  return fillTitleTemplate(random.pick(profile.titles), date, random, wards);
}
