import { Checkbox, Input, Select, Space, Tag } from 'antd';
import { formatDate } from '../display/dates.format';
import type { TaskListLinkFilter } from '../overview/task-list.link';
import { CLOSED_STATUSES, OPEN_STATUSES, STATUS_LOOK, type TaskStatusCode } from '../overview/task-status.palette';
import { useSession } from '../session/session.hooks';
import { PeriodPicker } from '../shell/period-picker';
import { categoryOptions, optionLabelMatches } from './task-filter.options';
import { PersonPicker } from '../people/person-picker';
import { usePersonName } from '../people/persons.api';
import { useUnitOptions } from './task-filters.api';
import { UnitPicker } from './unit-picker';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const optionsOf = (codes: readonly TaskStatusCode[]) =>
  codes.map((code) => ({ value: code, label: capitalised(STATUS_LOOK[code].spoken) }));
const STATUS_OPTIONS = [
  { label: 'Đang thực hiện', options: optionsOf(OPEN_STATUSES) },
  { label: 'Đã kết thúc', options: optionsOf(CLOSED_STATUSES) },
];
const CATEGORY_OPTIONS = categoryOptions();
/** GET /reports/persons answers these roles (apps/api's reports controller); the others see the chosen person only. */
const PERSON_SEARCH_ROLES = ['office_chief', 'home_affairs', 'inspector', 'unit_head', 'admin'];

/**
 * The task list's filters, each written to the address through `change`: a search in titles, source numbers and
 * ids, status, category, unit, person, overdue only, assigned period; the day of the counts as a tag.
 */
export function TaskFilters({ filter, change }: { filter: TaskListLinkFilter; change: (next: TaskListLinkFilter) => void }) {
  return (
    <Space direction="vertical" size="middle" style={{ display: 'flex', marginBottom: 16 }}>
      <Space wrap>
        <label htmlFor="task-search">Tìm nhiệm vụ</label>
        <Input.Search
          // Re-mounted when the address changes (back, a link), so the box shows the search in force.
          key={filter.q ?? ''}
          id="task-search"
          placeholder="Tên, số văn bản hoặc mã nhiệm vụ, gõ có dấu hay không dấu đều được"
          allowClear
          enterButton="Tìm"
          defaultValue={filter.q}
          onSearch={(value) => change({ q: value.trim() || undefined })}
          style={{ width: 480 }}
        />
        <Checkbox checked={filter.overdue === 'true'} onChange={(event) => change({ overdue: event.target.checked ? 'true' : undefined })}>
          Chỉ nhiệm vụ quá hạn
        </Checkbox>
      </Space>
      <Space wrap>
        <label htmlFor="task-status">Tình trạng</label>
        <Select
          id="task-status"
          style={{ minWidth: 200 }}
          allowClear
          placeholder="Tất cả"
          options={STATUS_OPTIONS}
          value={filter.status ?? null}
          onChange={(status: string | null) => change({ status: status ?? undefined })}
        />
        <label htmlFor="task-category">Lĩnh vực</label>
        <Select
          id="task-category"
          style={{ minWidth: 240 }}
          allowClear
          showSearch={{ filterOption: optionLabelMatches }}
          placeholder="Mọi lĩnh vực"
          options={CATEGORY_OPTIONS}
          value={filter.category ?? null}
          onChange={(category: string | null) => change({ category: category ?? undefined })}
        />
        <UnitFilter unitId={filter.unitId} change={change} />
        <PersonFilter personId={filter.personId} change={change} />
        <label htmlFor="task-period">Giao trong khoảng</label>
        <PeriodPicker id="task-period" from={filter.from} to={filter.to} onChange={change} />
        {filter.asOf ? (
          <Tag closable onClose={() => change({ asOf: undefined })}>
            Tình trạng tính đến hết ngày {formatDate(filter.asOf)}
          </Tag>
        ) : null}
      </Space>
    </Space>
  );
}

function UnitFilter({ unitId, change }: { unitId: string | undefined; change: (next: TaskListLinkFilter) => void }) {
  const units = useUnitOptions();
  const unitName = units.data?.find((option) => option.value === unitId)?.title;
  return (
    <>
      <label htmlFor="task-unit">Đơn vị</label>
      <UnitPicker id="task-unit" unitId={unitId} onChange={(next) => change({ unitId: next })} />
      {unitId ? (
        <Tag closable onClose={() => change({ unitId: undefined })} aria-label={`Đơn vị chủ trì: ${unitName ?? unitId}`}>
          Đơn vị chủ trì: {unitName ?? unitId}
        </Tag>
      ) : null}
    </>
  );
}

/** The person picker for the roles GET /reports/persons answers; the others see a person from the address as a tag. */
function PersonFilter({ personId, change }: { personId: string | undefined; change: (next: TaskListLinkFilter) => void }) {
  const session = useSession();
  const maySearch = (session.data?.principal.roles ?? []).some((role) => PERSON_SEARCH_ROLES.includes(role));
  const chosenName = usePersonName(maySearch ? undefined : personId);
  if (!maySearch)
    return personId ? (
      <Tag closable onClose={() => change({ personId: undefined })}>
        Cán bộ: {chosenName.data ?? personId}
      </Tag>
    ) : null;
  return (
    <>
      <label htmlFor="task-person">Cán bộ</label>
      <PersonPicker
        id="task-person"
        personId={personId}
        onChange={(next) => change({ personId: next })}
        placeholder="Gõ tên cán bộ, có dấu hay không dấu"
      />
    </>
  );
}
