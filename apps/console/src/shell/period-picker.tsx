import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/** A period of local days picked as dd/mm/yyyy, given and returned as YYYY-MM-DD (what the addresses and the API take). */
export function PeriodPicker({
  from,
  to,
  onChange,
  ...labelling
}: {
  from: string | undefined;
  to: string | undefined;
  onChange: (period: { from: string | undefined; to: string | undefined }) => void;
} & ({ id: string } | { 'aria-label': string })) {
  return (
    <DatePicker.RangePicker
      {...labelling}
      format="DD/MM/YYYY"
      placeholder={['Từ ngày', 'Đến ngày']}
      value={from && to ? [dayjs(from), dayjs(to)] : null}
      onChange={(range) =>
        onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
      }
    />
  );
}
