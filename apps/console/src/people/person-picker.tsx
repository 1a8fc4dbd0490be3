import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { personOptionMatches, personOptions } from './person-options';
import { usePersonName, usePersonSearch } from './persons.api';

/** Waits until typing pauses before the value changes, so that each key does not ask the API. */
function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * A person chosen by name (the findings inbox's and the task list's person filter): typed with or without diacritics
 * ("cuong" finds "Lê Văn Cường"), the API searching its whole list (GET /reports/persons, inside the reader's
 * jurisdiction) and the options already shown narrowing at once; arrows and Enter choose, the cross clears.
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
