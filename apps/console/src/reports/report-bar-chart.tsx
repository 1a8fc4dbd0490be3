import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { drawPrintableChart } from '../shell/printable-chart';
import type { BarSeries } from './report.series';

// Only what the report's charts draw: bars, their grid, legend and tooltip, as SVG (sharp when printed). Loaded on
// demand (React.lazy), so the finder and the rankings never carry ECharts.
use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

const COLOURS = ['#1f4e79', '#389e0d', '#cf1322', '#d46b08'];
/** A category's room in a horizontal chart: two bars and a rule title over up to three lines. */
const ROW_HEIGHT = 64;

function optionOf(bars: BarSeries, stacked: boolean, horizontal: boolean, colours: readonly string[]): BarOption {
  const categoryAxis = {
    type: 'category' as const,
    data: bars.categories,
    axisLabel: horizontal
      ? { color: '#262626', width: 200, overflow: 'break' as const, lineHeight: 15, interval: 0 }
      : { color: '#262626', interval: 0, rotate: bars.categories.length > 6 ? 40 : 0 },
  };
  const valueAxis = { type: 'value' as const, minInterval: 1, axisLabel: { color: '#262626' } };
  return {
    animation: false,
    color: [...colours],
    grid: { left: horizontal ? 216 : 40, right: 24, top: 40, bottom: horizontal ? 32 : 56 },
    legend: { top: 0, textStyle: { color: '#262626' } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: bars.series.map((series) => ({
      type: 'bar',
      name: series.name,
      data: series.values,
      stack: stacked ? 'total' : undefined,
      barMaxWidth: 28,
    })),
  };
}

/** A bar chart of a report; `data-drawn` is set once ECharts has drawn it (the console bench waits for it). */
export default function ReportBarChart({
  bars,
  summary,
  stacked = false,
  horizontal = false,
  colours = COLOURS,
}: {
  bars: BarSeries;
  summary: string;
  stacked?: boolean;
  horizontal?: boolean;
  colours?: readonly string[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const remove = drawPrintableChart(element, optionOf(bars, stacked, horizontal, colours));
    setDrawn(true);
    return remove;
  }, [bars, stacked, horizontal, colours]);
  const height = horizontal ? bars.categories.length * ROW_HEIGHT + 90 : 300;
  return (
    <div
      ref={box}
      className="report-chart"
      data-drawn={drawn ? 'true' : undefined}
      role="img"
      aria-label={summary}
      style={{ width: '100%', height }}
    />
  );
}
