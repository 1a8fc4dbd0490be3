import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/** The day the organisation is shown as of, picked as dd/mm/yyyy, given and returned as YYYY-MM-DD. */
export function AsOfPicker({ date, onChange }: { date: string; onChange: (date: string) => void }) {
  return (
    <DatePicker
      aria-label="Xem tổ chức vào ngày"
      format="DD/MM/YYYY"
      allowClear={false}
      placeholder="Chọn ngày"
      value={dayjs(date)}
      onChange={(value) => {
        if (value) onChange(value.format('YYYY-MM-DD'));
      }}
    />
  );
}
