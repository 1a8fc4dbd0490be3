import { Select } from 'antd';
import { useState } from 'react';
import { useSettled } from '../shell/use-settled';
import { taskOptions } from './task-options';
import { useTaskSearch, useTaskTitle } from './task-search.api';

/**
 * A task chosen by its title, typed with or without diacritics ("cap phep" finds "Cấp phép…"), or by its source number or
 * the start of its id: the API searches (GET /tasks?q=), so the options are its answer as typed. A task from the address
 * is shown by its title (by its id when the API does not give it); arrows and Enter choose, the cross clears.
 */
export function TaskPicker({
  id,
  taskId,
  onChange,
  placeholder = 'Gõ tên nhiệm vụ, có dấu hay không dấu',
}: {
  id: string;
  taskId: string | undefined;
  onChange: (taskId?: string) => void;
  placeholder?: string;
}) {
  const [typed, setTyped] = useState('');
  const found = useTaskSearch(useSettled(typed, 250));
  const title = useTaskTitle(taskId);
  const chosen = taskId ? { taskId, title: title.data ?? taskId } : undefined;
  return (
    <Select
      id={id}
      style={{ width: 480 }}
      allowClear
      // The API's answer is already the match (titles, source numbers, ids): nothing is filtered out again here.
      showSearch={{ searchValue: typed, onSearch: setTyped, filterOption: false }}
      placeholder={placeholder}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không tìm thấy nhiệm vụ nào'}
      options={taskOptions(found.data ?? [], chosen)}
      value={taskId ?? null}
      onChange={(value: string | null) => {
        setTyped('');
        onChange(value ?? undefined);
      }}
    />
  );
}
