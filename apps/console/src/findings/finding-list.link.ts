import { addressFilter } from '../router/address-filter';

export const FINDING_LIST_PATH = '/phat-hien';

/** The inbox's filter, kept in its address: rule, review status, unit, person named, period, page. */
export type FindingListFilter = {
  ruleCode?: string;
  status?: string;
  unitId?: string;
  /** A person the findings name (responsible or supervisory). */
  personId?: string;
  /** Detected from / to (local days, YYYY-MM-DD). */
  from?: string;
  to?: string;
  cursor?: string;
};

const address = addressFilter<FindingListFilter>(FINDING_LIST_PATH, {
  ruleCode: 'quy-tac',
  status: 'tinh-trang',
  unitId: 'don-vi',
  personId: 'nguoi',
  from: 'tu-ngay',
  to: 'den-ngay',
  cursor: 'trang',
});

export const findingListLink = address.link;
export const findingListFilterOf = address.read;

/** The API's query for GET /findings. */
export function findingListQuery(filter: FindingListFilter): Record<string, string | undefined> {
  return {
    rule: filter.ruleCode,
    status: filter.status,
    unit: filter.unitId,
    person: filter.personId,
    from: filter.from,
    to: filter.to,
    cursor: filter.cursor,
  };
}

/** A finding's review status as an inspector reads it, with the colour of its tag. */
export const FINDING_STATUS_LOOK = {
  open: { label: 'Chờ xem xét', colour: '#ad4e00' },
  confirmed: { label: 'Đã xác nhận', colour: '#a8071a' },
  dismissed: { label: 'Đã bác bỏ', colour: '#595959' },
  superseded: { label: 'Không còn phát hiện', colour: '#595959' },
} as const;

export type FindingStatusCode = keyof typeof FINDING_STATUS_LOOK;
