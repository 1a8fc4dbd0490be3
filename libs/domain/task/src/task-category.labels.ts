/**
 * The Vietnamese names of the task and mandate categories (the field a task belongs to), in the lower case a
 * sentence uses ("lĩnh vực xây dựng"). Codes the table does not know have no label.
 */
export const TASK_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  construction: 'xây dựng',
  construction_permit: 'cấp phép xây dựng, trật tự đô thị',
  land: 'đất đai',
  environment: 'môi trường',
  budget: 'tài chính, ngân sách',
  investment: 'đầu tư công',
  home_affairs: 'tổ chức bộ máy, cán bộ, công chức',
  inspection: 'thanh tra, giải quyết khiếu nại, tố cáo',
  education: 'giáo dục và đào tạo',
  health: 'y tế',
  culture: 'văn hóa, thể thao',
  agriculture: 'nông nghiệp',
  industry_trade: 'công thương',
  transport: 'giao thông vận tải',
  one_stop_service: 'kiểm soát thủ tục hành chính',
  public_works: 'quản lý dự án đầu tư xây dựng',
  general_administration: 'tổng hợp, hành chính',
  civil_status: 'tư pháp, hộ tịch',
};

/** The category's label as a table cell or a heading shows it ("Xây dựng"); null for an unknown code. */
export function taskCategoryLabel(category: string | null): string | null {
  const label = category === null ? undefined : TASK_CATEGORY_LABELS[category];
  return label === undefined ? null : label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);
}
