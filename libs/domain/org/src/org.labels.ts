/**
 * The Vietnamese names of unit kinds and positions, without imports so that the console can read the same table
 * (`org-values.ts` gives them their types).
 */
export const UNIT_KIND_NAMES = {
  peoples_committee: 'Ủy ban nhân dân',
  department: 'Sở',
  office: 'Phòng',
  commune: 'Xã, phường',
  public_service_unit: 'Đơn vị sự nghiệp công lập',
  inspectorate: 'Thanh tra',
  home_affairs: 'Nội vụ',
  other: 'Khác',
};

export const POSITION_NAMES = {
  head: 'Người đứng đầu',
  deputy: 'Cấp phó',
  staff: 'Chuyên viên',
  clerk: 'Văn thư',
};
