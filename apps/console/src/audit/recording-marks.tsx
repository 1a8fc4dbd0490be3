import { Tag } from 'antd';
import type { RecordingMarks } from './late-recording';

/** The marks beside an entry's recording time: recorded late (and how many hours after), or imported history. */
export function RecordingMarkTags({ marks }: { marks: RecordingMarks }) {
  return (
    <>
      {marks.late ? <Tag color="warning">Ghi muộn {Math.round(marks.recordedAfterHours)} giờ</Tag> : null}
      {marks.imported ? <Tag>Nhập từ dữ liệu cũ</Tag> : null}
    </>
  );
}
