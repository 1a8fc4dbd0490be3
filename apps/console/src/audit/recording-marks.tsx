import { Tag } from 'antd';
import type { RecordingMarks } from './late-recording';

/** Dark amber on white: Ant Design's warning tag falls below 4.5:1 (axe checks it). */
const LATE_LOOK = { color: '#ad4e00', borderColor: '#ad4e00', background: '#fff' } as const;

/** The marks beside an entry's recording time: recorded late (and how many hours after), or imported history. */
export function RecordingMarkTags({ marks }: { marks: RecordingMarks }) {
  return (
    <>
      {marks.late ? <Tag style={LATE_LOOK}>Ghi muộn {Math.round(marks.recordedAfterHours)} giờ</Tag> : null}
      {marks.imported ? <Tag>Nhập từ dữ liệu cũ</Tag> : null}
    </>
  );
}
