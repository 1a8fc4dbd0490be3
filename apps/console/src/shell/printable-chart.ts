import { init } from 'echarts/core';

/** The A4 printable width (180 mm) in CSS pixels: a chart's width when the browser prints. */
export const PRINT_WIDTH = 680;

/**
 * Draws an ECharts option as SVG (sharp when printed) into `element`: it follows its box (the window, or print rules'
 * narrower page), and gets the A4 width up front when the browser prints (its print is laid out before the print rules
 * apply). Returns what removes it. Only modules loaded on demand import this, so ECharts stays out of the first load;
 * each registers the chart types and components it draws (`use`).
 */
export function drawPrintableChart(element: HTMLElement, option: Parameters<ReturnType<typeof init>['setOption']>[0]): () => void {
  const chart = init(element, undefined, { renderer: 'svg', locale: 'EN' });
  chart.setOption(option);
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(element);
  const beforePrint = () => chart.resize({ width: Math.min(element.clientWidth, PRINT_WIDTH) });
  const afterPrint = () => chart.resize();
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  return () => {
    observer.disconnect();
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
    chart.dispose();
  };
}
