import { Tag } from 'antd';
import type { RecordingMarks } from './late-recording';
import { outlined } from '../shell/outlined-tag';

/** Dark amber on white: Ant Design's warning tag falls below 4.5:1 (axe checks it). */
const LATE_LOOK = outlined('#ad4e00');

/** The marks beside an entry's recording time: recorded late (and how many hours after), or imported history. */
export function RecordingMarkTags({ marks }: { marks: RecordingMarks }) {
  return (
    <>
      {marks.late ? <Tag style={LATE_LOOK}>Ghi muộn {Math.round(marks.recordedAfterHours)} giờ</Tag> : null}
      {marks.imported ? <Tag>Nhập từ dữ liệu cũ</Tag> : null}
    </>
  );
}
