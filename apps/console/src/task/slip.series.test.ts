import { describe, expect, it } from 'vitest';
import { slipSeries } from './slip.series';
import { interval, party } from './testing.fixtures';

const ms = (iso: string) => Date.parse(iso);
const DUE = '2026-03-16T16:59:59.999Z';
const unit = party('Sở Xây dựng');
const cuong = party('Sở Xây dựng', 'Lê Văn Cường');
const tnmt = party('Sở Tài nguyên và Môi trường');

describe('the slip chart series', () => {
  it('draws an interval that ended before the deadline as one bar, not overdue', () => {
    const series = slipSeries(
      [interval(0, { receiver: unit, from: '2026-03-02T02:00:00Z', to: '2026-03-02T07:00:00Z' })],
      DUE,
      '2026-03-20T00:00:00Z',
    );
    expect(series.rows).toEqual(['Sở Xây dựng']);
    expect(series.bars).toEqual([
      { row: 0, start: ms('2026-03-02T02:00:00Z'), end: ms('2026-03-02T07:00:00Z'), overdue: false, interval: 0, open: false },
    ]);
  });

  it('splits an interval that runs past the deadline at the deadline, the part after it overdue', () => {
    const series = slipSeries(
      [interval(3, { receiver: cuong, from: '2026-03-05T02:00:00Z', to: '2026-03-18T03:00:00Z' })],
      DUE,
      '2026-03-20T00:00:00Z',
    );
    expect(series.bars.map((bar) => [bar.start, bar.end, bar.overdue])).toEqual([
      [ms('2026-03-05T02:00:00Z'), ms(DUE), false],
      [ms(DUE), ms('2026-03-18T03:00:00Z'), true],
    ]);
  });

  it('draws an interval begun after the deadline wholly overdue', () => {
    const series = slipSeries(
      [interval(0, { receiver: tnmt, from: '2026-03-17T02:00:00Z', to: '2026-03-18T02:00:00Z' })],
      DUE,
      '2026-03-20T00:00:00Z',
    );
    expect(series.bars.map((bar) => bar.overdue)).toEqual([true]);
  });

  it('runs a still-open interval up to the view’s instant', () => {
    const series = slipSeries([interval(0, { receiver: cuong, from: '2026-03-10T02:00:00Z', to: null })], DUE, '2026-03-20T00:00:00Z');
    expect(series.bars.at(-1)).toMatchObject({ end: ms('2026-03-20T00:00:00Z'), overdue: true, open: true });
    expect(series.max).toBe(ms('2026-03-20T00:00:00Z'));
  });

  it('keeps one row per holder, so a task that comes back shows on the same row', () => {
    const series = slipSeries(
      [
        interval(0, { receiver: cuong, from: '2026-03-02T07:00:00Z', to: '2026-03-04T02:00:00Z' }),
        interval(1, { receiver: tnmt, from: '2026-03-04T02:00:00Z', to: '2026-03-05T02:00:00Z' }),
        interval(2, { receiver: cuong, from: '2026-03-05T02:00:00Z', to: '2026-03-06T02:00:00Z' }),
      ],
      DUE,
      '2026-03-20T00:00:00Z',
    );
    expect(series.rows).toEqual(['Lê Văn Cường (Sở Xây dựng)', 'Sở Tài nguyên và Môi trường']);
    expect(series.bars.map((bar) => bar.row)).toEqual([0, 1, 0]);
  });

  it('without a deadline, splits nothing and the axis covers the intervals only', () => {
    const series = slipSeries(
      [interval(0, { receiver: unit, from: '2026-03-02T02:00:00Z', to: '2026-04-02T02:00:00Z' })],
      null,
      '2026-05-01T00:00:00Z',
    );
    expect(series.bars).toHaveLength(1);
    expect(series.bars[0]?.overdue).toBe(false);
    expect([series.min, series.max]).toEqual([ms('2026-03-02T02:00:00Z'), ms('2026-04-02T02:00:00Z')]);
  });

  it('stretches the axis to show a deadline still ahead', () => {
    const series = slipSeries([interval(0, { receiver: unit, from: '2026-03-02T02:00:00Z', to: null })], DUE, '2026-03-03T00:00:00Z');
    expect(series.max).toBe(ms(DUE));
  });

  it('shades the pauses, an open one up to the view’s instant', () => {
    const series = slipSeries([interval(0, { receiver: unit, from: '2026-03-02T02:00:00Z', to: null })], DUE, '2026-03-20T00:00:00Z', [
      { from: '2026-03-05T02:00:00Z', to: '2026-03-09T02:00:00Z', open: false, workingDays: 2, requestEventId: 'a', receivedEventId: 'b' },
      { from: '2026-03-18T02:00:00Z', to: null, open: true, workingDays: 1, requestEventId: 'c', receivedEventId: null },
    ]);
    expect(series.pauses).toEqual([
      { start: ms('2026-03-05T02:00:00Z'), end: ms('2026-03-09T02:00:00Z') },
      { start: ms('2026-03-18T02:00:00Z'), end: ms('2026-03-20T00:00:00Z') },
    ]);
  });

  it('ends a pause never received where the custody ended, not at today, for a closed task', () => {
    const series = slipSeries(
      [interval(0, { receiver: unit, from: '2026-01-28T01:30:00Z', to: '2026-02-04T07:30:00Z' })],
      DUE,
      '2026-12-06T00:00:00Z',
      [{ from: '2026-01-29T02:10:00Z', to: null, open: true, workingDays: 0, requestEventId: 'a', receivedEventId: null }],
    );
    expect(series.pauses).toEqual([{ start: ms('2026-01-29T02:10:00Z'), end: ms('2026-02-04T07:30:00Z') }]);
    expect(series.max).toBe(ms(DUE));
  });
});
