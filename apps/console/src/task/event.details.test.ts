import { describe, expect, it } from 'vitest';
import { correctionText, eventDetail, valueText } from './event.details';

describe('what an event says', () => {
  it('gives a transfer its reason', () => {
    expect(eventDetail('TaskTransferred', { reason: 'Thuộc lĩnh vực đất đai', from: {}, to: {} })).toBe('Thuộc lĩnh vực đất đai');
  });

  it('names a return’s reason code in Vietnamese, with the written reason after it', () => {
    expect(eventDetail('TaskReturned', { reasonCode: 'not_our_mandate', reason: 'Không thuộc chức năng của Sở' })).toBe(
      'Không thuộc thẩm quyền: Không thuộc chức năng của Sở',
    );
    expect(eventDetail('TaskReturned', { reasonCode: 'incomplete', reason: null })).toBe('Hồ sơ chưa đủ');
  });

  it('gives a completion its result and an appointment its date', () => {
    expect(eventDetail('TaskCompleted', { result: 'Đã lập biên bản', by: {} })).toBe('Đã lập biên bản');
    expect(eventDetail('AppointmentIssued', { returnBy: '2026-03-20' })).toBe('Hẹn trả ngày 20/03/2026');
  });

  it('has nothing to say for a bare receipt', () => {
    expect(eventDetail('TaskReceived', { unitId: 'so-xay-dung' })).toBeNull();
  });
});

describe('a correction’s changes', () => {
  it('names each corrected field in Vietnamese with its new value', () => {
    expect(correctionText({ reason: 'Thuộc lĩnh vực đất đai', source: { number: '12/UBND', date: '2026-03-02' } })).toBe(
      'Lý do: Thuộc lĩnh vực đất đai; Văn bản giao việc: 12/UBND ngày 02/03/2026',
    );
  });

  it('writes instants in Viet Nam time and yes/no in words', () => {
    expect(valueText('2026-03-02T02:00:00.000Z')).toBe('09:00 02/03/2026');
    expect(valueText(true)).toBe('Có');
  });
});
