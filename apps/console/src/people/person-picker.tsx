import { Select } from 'antd';
import { useState } from 'react';
import { useSettled } from '../shell/use-settled';
import { personOptionMatches, personOptions } from './person-options';
import { usePersonName, usePersonSearch } from './persons.api';

/**
 * A person chosen by name (the person filter of the findings inbox, the task list and the audit search): typed with or
 * without diacritics ("cuong" finds "Lê Văn Cường"), the API searching its whole list (GET /reports/persons, inside the
 * reader's jurisdiction) and the options already shown narrowing at once; arrows and Enter choose, the cross clears.
 */
export function PersonPicker({
  id,
  personId,
  onChange,
  placeholder = 'Tất cả',
}: {
  id: string;
  personId: string | undefined;
  onChange: (personId?: string) => void;
  placeholder?: string;
}) {
  const [typed, setTyped] = useState('');
  const found = usePersonSearch(useSettled(typed, 250));
  const chosenName = usePersonName(personId);
  const chosen = personId ? { personId, name: chosenName.data ?? personId } : undefined;
  return (
    <Select
      id={id}
      style={{ minWidth: 280 }}
      allowClear
      showSearch={{ searchValue: typed, onSearch: setTyped, filterOption: personOptionMatches }}
      placeholder={placeholder}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không tìm thấy cán bộ nào'}
      options={personOptions(found.data ?? [], chosen)}
      value={personId ?? null}
      onChange={(value: string | null) => {
        setTyped('');
        onChange(value ?? undefined);
      }}
    />
  );
}
