import { present, type SeededRandom } from '@lib/domain/core';
import { TASK_CATEGORY_LABELS } from '@lib/domain/task';

/** Slots: {phường} {đường} {quý} {tháng} {năm} {dự án} {trường} {thửa} {người}. */
const TASK_TITLES: Readonly<Record<string, readonly string[]>> = {
  construction: [
    'Kiểm tra, xử lý công trình xây dựng không phép tại {phường}',
    'Rà soát công tác quản lý chất lượng công trình {dự án}',
    'Báo cáo tình hình cấp phép xây dựng trên địa bàn thành phố {quý}',
    'Tham mưu điều chỉnh cục bộ quy hoạch chi tiết khu dân cư {phường}',
    'Giải quyết kiến nghị của cử tri {phường} về tình trạng xây dựng lấn chiếm vỉa hè đường {đường}',
  ],
  construction_permit: [
    'Kiểm tra trật tự xây dựng tuyến đường {đường}',
    'Xử lý đơn phản ánh công trình xây dựng sai phép tại {đường}, {phường}',
    'Báo cáo kết quả cấp giấy phép xây dựng nhà ở riêng lẻ {quý}',
    'Giải quyết kiến nghị của cử tri {phường} về việc cấp phép sửa chữa nhà ở',
  ],
  land: [
    'Giải quyết kiến nghị của cử tri {phường} về ranh giới {thửa}',
    'Rà soát hồ sơ thu hồi đất thực hiện {dự án}',
    'Xác minh nguồn gốc sử dụng đất của hộ gia đình {người} tại {phường}',
    'Báo cáo tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu {quý}',
    'Tham mưu phương án bồi thường, hỗ trợ tái định cư {dự án}',
  ],
  environment: [
    'Kiểm tra phản ánh ô nhiễm mùi tại khu dân cư {phường}',
    'Báo cáo công tác thu gom, xử lý chất thải rắn sinh hoạt {quý}',
    'Rà soát các cơ sở sản xuất có nguy cơ gây ô nhiễm trên đường {đường}',
    'Giải quyết kiến nghị của cử tri {phường} về tình trạng ngập úng, nước thải đường {đường}',
  ],
  budget: [
    'Thẩm định dự toán kinh phí chỉnh trang vỉa hè đường {đường}',
    'Báo cáo tình hình thực hiện dự toán thu, chi ngân sách {quý}',
    'Tham mưu bố trí kinh phí sửa chữa trụ sở UBND {phường}',
    'Báo cáo tình hình giải ngân vốn đầu tư công {quý}',
    'Quyết toán kinh phí tổ chức Tết Nguyên đán {năm}',
  ],
  investment: [
    'Báo cáo tình hình giải ngân vốn đầu tư công {quý}',
    'Thẩm định chủ trương đầu tư {dự án}',
    'Rà soát danh mục dự án kêu gọi đầu tư {năm}',
    'Tham mưu điều chỉnh kế hoạch đầu tư công trung hạn',
  ],
  home_affairs: [
    'Rà soát, sắp xếp tổ chức bộ máy các phòng chuyên môn',
    'Báo cáo tình hình thực hiện tinh giản biên chế {quý}',
    'Tham mưu kế hoạch tuyển dụng công chức {năm}',
    'Tổng hợp kết quả đánh giá, xếp loại công chức {tháng}',
  ],
  inspection: [
    'Xác minh nội dung đơn tố cáo của công dân tại {phường}',
    'Thanh tra việc quản lý, sử dụng đất công tại {phường}',
    'Báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo {quý}',
    'Kiểm tra việc thực hiện kết luận thanh tra về {dự án}',
  ],
  education: [
    'Rà soát cơ sở vật chất {trường} trước năm học mới',
    'Báo cáo tình hình tuyển sinh đầu cấp {năm}',
    'Giải quyết kiến nghị của phụ huynh về các khoản thu tại {trường}',
  ],
  health: [
    'Triển khai phòng, chống sốt xuất huyết trên địa bàn {phường}',
    'Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể {tháng}',
    'Báo cáo tình hình khám, chữa bệnh bảo hiểm y tế {quý}',
  ],
  culture: [
    'Xây dựng kế hoạch tổ chức lễ hội pháo hoa quốc tế {năm}',
    'Kiểm tra hoạt động quảng cáo ngoài trời trên đường {đường}',
    'Báo cáo kết quả phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" {quý}',
  ],
  agriculture: [
    'Rà soát hệ thống kênh mương thủy lợi phục vụ sản xuất vụ Đông Xuân {năm}',
    'Báo cáo công tác phòng, chống dịch bệnh gia súc, gia cầm {quý}',
    'Kiểm tra công tác phòng, chống thiên tai tại {phường}',
  ],
  industry_trade: [
    'Kiểm tra hoạt động kinh doanh xăng dầu trên đường {đường}',
    'Báo cáo tình hình cung ứng hàng hóa thiết yếu dịp Tết {năm}',
    'Rà soát quy hoạch mạng lưới chợ trên địa bàn thành phố',
  ],
  transport: [
    'Khắc phục hư hỏng mặt đường {đường} đoạn qua {phường}',
    'Tổ chức lại giao thông tại nút giao {đường}',
    'Báo cáo tình hình trật tự an toàn giao thông {quý}',
  ],
  one_stop_service: [
    'Báo cáo tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính {quý}',
    'Rà soát quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai',
    'Tổng hợp hồ sơ trễ hạn và phiếu xin lỗi {tháng}',
  ],
  public_works: ['Đẩy nhanh tiến độ thi công {dự án}', 'Báo cáo tình hình giải ngân vốn đầu tư công {quý}', 'Lập hồ sơ quyết toán {dự án}'],
  general_administration: [
    'Tổng hợp báo cáo kinh tế – xã hội {tháng}',
    'Chuẩn bị nội dung phiên họp thường kỳ UBND {tháng}',
    'Theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao {quý}',
  ],
  civil_status: [
    'Rà soát, chuẩn hóa dữ liệu hộ tịch điện tử {năm}',
    'Báo cáo kết quả đăng ký hộ tịch {quý}',
    'Giải quyết kiến nghị của người dân về thủ tục chứng thực tại {phường}',
  ],
};

const DISTRICT_WARDS: Readonly<Record<string, readonly string[]>> = {
  'ubnd-quan-hai-chau': [
    'phường Thạch Thang',
    'phường Hải Châu I',
    'phường Bình Hiên',
    'phường Phước Ninh',
    'phường Hòa Thuận Tây',
    'phường Hòa Cường Bắc',
    'phường Nam Dương',
  ],
  'ubnd-quan-son-tra': ['phường An Hải Bắc', 'phường Mân Thái', 'phường Thọ Quang', 'phường Phước Mỹ'],
};
const WARDS = Object.values(DISTRICT_WARDS).flat();

/** The wards a task can be about: the ward itself, the wards of the district, or any ward of the city. */
export function placesFor(authorityUnitId: string, leadName: string): readonly string[] {
  if (leadName.startsWith('UBND phường ')) return [leadName.slice('UBND '.length)];
  return DISTRICT_WARDS[authorityUnitId] ?? WARDS;
}
const STREETS = [
  'Bạch Đằng',
  'Lê Duẩn',
  'Trần Phú',
  'Nguyễn Văn Linh',
  'Hùng Vương',
  'Phan Châu Trinh',
  'Ông Ích Khiêm',
  'Võ Nguyên Giáp',
  'Ngô Quyền',
  'Nguyễn Chí Thanh',
  '2 Tháng 9',
  'Núi Thành',
];
const PROJECTS = [
  'dự án Khu dân cư Nam cầu Tuyên Sơn',
  'dự án cải tạo chỉnh trang tuyến đường Bạch Đằng',
  'dự án Trường Tiểu học Hòa Cường mở rộng',
  'dự án Hạ tầng khu tái định cư Phước Lý',
  'dự án Nâng cấp kè biển Mân Thái',
  'dự án Đường vành đai phía Tây',
];
const SCHOOLS = ['Trường Tiểu học Phù Đổng', 'Trường THCS Nguyễn Huệ', 'Trường THPT Phan Châu Trinh', 'Trường Mầm non Hoa Hồng'];
const QUARTERS = ['I', 'II', 'III', 'IV'];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Huỳnh', 'Ngô'];
const MALE = ['Văn Hùng', 'Văn Tâm', 'Minh Tuấn', 'Đức Thắng', 'Quốc Bảo', 'Văn Sơn', 'Hữu Phước'];
const FEMALE = ['Thị Thu', 'Thị Hạnh', 'Thị Lan Anh', 'Thị Mỹ Linh', 'Ngọc Hà', 'Thị Kim Oanh'];

/** "ông Nguyễn Văn Hùng" / "bà Trần Thị Thu": an applicant or a household head. */
function citizenName(random: SeededRandom): string {
  const male = random.chance(0.5);
  return `${male ? 'ông' : 'bà'} ${random.pick(SURNAMES)} ${random.pick(male ? MALE : FEMALE)}`;
}

function street(random: SeededRandom): string {
  return random.pick(STREETS);
}

/** Fills the slots of a template; periods refer to the one just before `date` (reports look back). */
export function fillTitleTemplate(template: string, date: string, random: SeededRandom, wards: readonly string[] = WARDS): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3);
  const previousQuarter = quarter === 0 ? `quý IV năm ${year - 1}` : `quý ${QUARTERS[quarter - 1]} năm ${year}`;
  const previousMonth = month === 1 ? `tháng 12 năm ${year - 1}` : `tháng ${month - 1} năm ${year}`;
  const values: Record<string, () => string> = {
    phường: () => random.pick(wards),
    đường: () => street(random),
    quý: () => previousQuarter,
    tháng: () => previousMonth,
    năm: () => `năm ${year}`,
    'dự án': () => random.pick(PROJECTS),
    trường: () => random.pick(SCHOOLS),
    thửa: () => `thửa đất số ${random.integer(12, 480)}, tờ bản đồ số ${random.integer(3, 42)}`,
    người: () => citizenName(random),
  };
  return template.replace(/\{([^}]+)\}/g, (slot, name: string) => values[name]?.() ?? slot).normalize('NFC');
}

export function taskTitle(category: string, date: string, random: SeededRandom, wards?: readonly string[]): string {
  const templates = TASK_TITLES[category] ?? present(TASK_TITLES['general_administration'], 'the general titles');
  return fillTitleTemplate(random.pick(templates), date, random, wards);
}

export function categoryLabel(category: string): string {
  return TASK_CATEGORY_LABELS[category] ?? category;
}
