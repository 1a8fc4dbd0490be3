import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import type { NetworkSeries } from './network.series';

// Only what the network draws: a graph series on a circle (placed at once, no force layout running frame after frame),
// its tooltip, painted on a canvas (hundreds of arcs stay light). This module is loaded on demand (React.lazy).
use([GraphChart, TooltipComponent, CanvasRenderer]);

type NetworkOption = ComposeOption<GraphSeriesOption | TooltipComponentOption>;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Labels stay readable up to this many nodes; beyond, names show on hover (and in the table). */
const LABELLED_NODES = 60;

function optionOf(series: NetworkSeries): NetworkOption {
  const labelled = series.nodes.length <= LABELLED_NODES;
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        if (!item) return '';
        if (item.dataType === 'edge') {
          const edge = series.edges[item.dataIndex]!;
          return [
            `<strong>${escapeHtml(edge.row.fromName)} → ${escapeHtml(edge.row.toName)}</strong>`,
            `${edge.count} lần chuyển giao`,
            `Chờ trung vị ${edge.row.medianWaitWorkingDays} ngày làm việc`,
            edge.pingPong ? 'Chuyển qua lại (có cả chiều ngược lại)' : '',
            'Bấm để xem các nhiệm vụ',
          ]
            .filter(Boolean)
            .join('<br/>');
        }
        const node = series.nodes[item.dataIndex]!;
        return `<strong>${escapeHtml(node.name)}</strong><br/>Giao ${node.given} lần, nhận ${node.received} lần`;
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'circular',
        circular: { rotateLabel: true },
        roam: true,
        top: 150,
        bottom: 150,
        left: 170,
        right: 170,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 8,
        label: { show: labelled, position: 'right', color: '#262626', formatter: '{b}', width: 150, overflow: 'truncate' },
        labelLayout: { hideOverlap: true },
        itemStyle: { color: '#1f4e79' },
        emphasis: { focus: 'adjacency' },
        data: series.nodes.map((node) => ({ id: node.id, name: node.name, symbolSize: node.size })),
        links: series.edges.map((edge) => ({
          source: edge.source,
          target: edge.target,
          value: edge.count,
          lineStyle: {
            width: edge.width,
            color: edge.colour,
            // Both ways between two units: curved apart so each arc shows, dashed so the pair stands out.
            curveness: edge.pingPong ? 0.25 : 0.08,
            type: edge.pingPong ? 'dashed' : 'solid',
            opacity: 0.85,
          },
        })),
      },
    ],
  };
}

/** The handover network: a node per unit (or person), an arrow per arc; clicking an arc chooses it. */
export default function NetworkChart({
  series,
  summary,
  onChoose,
}: {
  series: NetworkSeries;
  summary: string;
  onChoose: (from: string, to: string) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const choose = useRef(onChoose);
  choose.current = onChoose;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    setReady(false);
    const chart = init(element, undefined, { renderer: 'canvas', locale: 'EN' });
    chart.on('click', { dataType: 'edge' }, (params) => {
      const edge = series.edges[params.dataIndex];
      if (edge) choose.current(edge.from, edge.to);
    });
    // Drawn and listening: what the console bench waits for (data-ready="true").
    chart.on('finished', () => setReady(true));
    chart.setOption(optionOf(series));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [series]);
  return (
    <div
      ref={box}
      className="network-chart"
      data-ready={ready ? 'true' : 'false'}
      role="img"
      aria-label={summary}
      style={{ width: '100%', height: Math.min(900, Math.max(620, series.nodes.length * 18)) }}
    />
  );
}
