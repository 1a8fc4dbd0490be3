import { Select } from 'antd';
import { optionLabelMatches, withChosen } from './task-filter.options';
import { useUnitOptions } from './task-filters.api';

/**
 * A unit chosen by name from the organisation today (GET /org/units), typed with or without diacritics ("xay dung"
 * finds "Sở Xây dựng"); each unit is named with the one above it, so that two of the same name stay apart. A unit
 * from the address that the tree no longer has stays chosen, shown by its code. The task list's and the audit
 * search's unit filter.
 */
export function UnitPicker({
  id,
  unitId,
  onChange,
  placeholder = 'Mọi đơn vị trong phạm vi xem',
}: {
  id: string;
  unitId: string | undefined;
  onChange: (unitId?: string) => void;
  placeholder?: string;
}) {
  const units = useUnitOptions();
  return (
    <Select
      id={id}
      style={{ minWidth: 300 }}
      allowClear
      showSearch={{ filterOption: optionLabelMatches }}
      placeholder={placeholder}
      loading={units.isPending}
      notFoundContent="Không có đơn vị nào"
      options={withChosen(units.data ?? [], unitId)}
      value={unitId ?? null}
      onChange={(next: string | null) => onChange(next ?? undefined)}
    />
  );
}
