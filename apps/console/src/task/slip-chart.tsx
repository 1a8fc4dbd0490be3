import { CustomChart, type CustomSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatDate, formatDateTime } from '../display/dates.format';
import { drawPrintableChart } from '../shell/printable-chart';
import type { SlipSeries } from './slip.series';
import type { CustodyInterval } from './task.api';

// Only what the slip draws: a custom series (one rectangle per piece of custody), its grid, tooltip and the
// deadline's mark line, painted as SVG (sharp when printed). This module is loaded on demand (React.lazy).
use([CustomChart, GridComponent, TooltipComponent, MarkLineComponent, MarkAreaComponent, SVGRenderer]);

type SlipOption = ComposeOption<CustomSeriesOption | GridComponentOption | TooltipComponentOption>;

const IN_TIME = '#1f4e79';
const OVERDUE = '#cf1322';
const DEADLINE = '#a8071a';
const PAUSED = 'rgba(0, 0, 0, 0.1)';
const ROW_HEIGHT = 52;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function optionOf(series: SlipSeries, intervals: readonly CustodyInterval[]): SlipOption {
  const byIndex = new Map(intervals.map((interval) => [interval.index, interval]));
  const pad = Math.max((series.max - series.min) * 0.03, 3_600_000);
  const data = series.bars.map((bar) => ({ value: [bar.row, bar.start, bar.end, bar.overdue ? 1 : 0, bar.interval] }));
  return {
    animation: false,
    grid: { left: 210, right: 72, top: 40, bottom: 32 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const [row, start, end, overdue, index] = (Array.isArray(params) ? params[0] : params)?.value as number[];
        const interval = byIndex.get(index ?? -1);
        const lines = [
          `<strong>${escapeHtml(series.rows[row ?? 0] ?? '')}</strong>`,
          `${formatDateTime(new Date(start ?? 0))} – ${interval?.to === null ? 'nay' : formatDateTime(new Date(end ?? 0))}`,
          `Giữ ${interval?.heldWorkingDays ?? 0} ngày làm việc`,
        ];
        if (overdue)
          lines.push(`<span style="color:${OVERDUE}">Giữ sau hạn: ${interval?.workingDaysAfterDeadline ?? 0} ngày làm việc</span>`);
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'time',
      min: series.min - pad,
      max: series.max + pad,
      axisLabel: { formatter: (value: number) => formatDate(new Date(value)), hideOverlap: true, color: '#262626' },
      splitLine: { show: true, lineStyle: { color: '#f0f0f0' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: series.rows,
      axisLabel: { width: 196, overflow: 'break', lineHeight: 16, color: '#262626' },
    },
    series: [
      {
        type: 'custom',
        encode: { x: [1, 2], y: 0 },
        data,
        renderItem: (_params, api) => {
          const row = Number(api.value(0));
          const overdue = api.value(3) === 1;
          const [x0 = 0, y = 0] = api.coord([api.value(1), row]);
          const [x1 = 0] = api.coord([api.value(2), row]);
          const size = api.size?.([0, 1]);
          const height = (Array.isArray(size) ? (size[1] ?? ROW_HEIGHT) : ROW_HEIGHT) * 0.5;
          const width = Math.max(x1 - x0, 2);
          const rect = {
            type: 'rect' as const,
            shape: { x: x0, y: y - height / 2, width, height },
            style: { fill: overdue ? OVERDUE : IN_TIME },
          };
          if (!overdue) return rect;
          const days = byIndex.get(Number(api.value(4)))?.workingDaysAfterDeadline ?? 0;
          return {
            type: 'group' as const,
            children: [
              rect,
              {
                type: 'text' as const,
                style: {
                  text: `Quá hạn ${days} ngày LV`,
                  x: x0 + width,
                  y: y - height / 2 - 2,
                  fill: OVERDUE,
                  fontSize: 12,
                  align: 'right',
                  verticalAlign: 'bottom',
                },
              },
            ],
          };
        },
        markArea:
          series.pauses.length === 0
            ? undefined
            : {
                silent: true,
                itemStyle: { color: PAUSED },
                label: { formatter: 'Tạm dừng', color: '#262626', position: 'insideTop' },
                data: series.pauses.map((pause) => [{ xAxis: pause.start }, { xAxis: pause.end }]),
              },
        markLine:
          series.dueAt === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: DEADLINE, type: 'dashed', width: 2 },
                label: { formatter: `Hạn xử lý ${formatDate(new Date(series.dueAt))}`, color: DEADLINE, position: 'start' },
                data: [{ xAxis: series.dueAt }],
              },
      },
    ],
  };
}

/** The slip's timeline: a row per holder, a bar per custody interval, the part held after the deadline in red. */
export default function SlipChart({
  series,
  intervals,
  summary,
}: {
  series: SlipSeries;
  intervals: readonly CustodyInterval[];
  summary: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    return drawPrintableChart(element, optionOf(series, intervals));
  }, [series, intervals]);
  return (
    <div
      ref={box}
      className="task-slip-chart"
      role="img"
      aria-label={summary}
      style={{ width: '100%', height: series.rows.length * ROW_HEIGHT + 72 }}
    />
  );
}
