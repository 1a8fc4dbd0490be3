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
 * The person a finding names, chosen by name: typed with or without diacritics ("cuong" finds "Lê Văn Cường"), the API
 * searching its whole list and the options already shown narrowing at once; arrows and Enter choose, the cross clears.
 */
export function PersonFilter({
  id,
  personId,
  onChange,
}: {
  id: string;
  personId: string | undefined;
  onChange: (personId?: string) => void;
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
      placeholder="Tất cả"
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
