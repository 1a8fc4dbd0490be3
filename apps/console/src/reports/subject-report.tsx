import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Space, Typography } from 'antd';
import { Suspense, lazy, useMemo, type ReactNode } from 'react';
import { formatDate, formatDateTime } from '../display/dates.format';
import { useRules } from '../findings/finding-list.api';
import { Link } from '../router/link';
import { LINK_STYLE } from '../shell/link.style';
import { PeriodPicker } from '../shell/period-picker';
import { figureSections, figureText } from './report.figures';
import { rankingsLink, reportFileLink, reportsLink, type ReportPeriod } from './report.links';
import { barSummary, completionsByMonth, delayByBasis, findingsByRule, hasBars, type BarSeries } from './report.series';
import type { PeriodView, SubjectFigures } from './report.types';

const loadBarChart = () => import('./report-bar-chart');
// Asked for as soon as this module runs, beside the report's data rather than after it.
void loadBarChart().catch(() => undefined);
const ReportBarChart = lazy(loadBarChart);

const GRADE_COLOURS = ['#389e0d', '#1f4e79', '#cf1322'] as const;

export const INDICATIVE_NOTICE = 'Mức xếp loại chỉ mang tính tham khảo; người có thẩm quyền quyết định xếp loại.';

/** "01/01/2026 – 31/12/2026": the period's first and last local days. */
export function periodText(period: ReportPeriod): string {
  return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}

function ChartCard({
  title,
  bars,
  unit,
  empty,
  drawEmpty = false,
  ...look
}: {
  title: string;
  bars: BarSeries;
  unit: string;
  empty: string;
  /** Drawn even with nothing to count (months without completions are a finding too). */
  drawEmpty?: boolean;
  stacked?: boolean;
  horizontal?: boolean;
  colours?: readonly string[];
}) {
  return (
    <Card title={title} size="small" className="report-chart-card">
      {hasBars(bars) || (drawEmpty && bars.categories.length > 0) ? (
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 240 }} />}>
          <ReportBarChart bars={bars} summary={barSummary(title, bars, unit)} {...look} />
        </Suspense>
      ) : (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      )}
    </Card>
  );
}

/**
 * A person's or a unit's report for a period: who and when, the files to download, the charts, then every figure
 * the API gives, by section, with the evaluation's band shown as indicative only. Printable (the menu and the
 * controls are left out on paper).
 */
export function SubjectReport({
  subject,
  id,
  heading,
  period,
  periodView,
  figures,
  notice,
  onPeriodChange,
  actions,
}: {
  subject: 'person' | 'unit';
  id: string;
  heading: Array<{ label: string; value: ReactNode }>;
  period: ReportPeriod;
  periodView: PeriodView;
  figures: SubjectFigures;
  notice: string;
  onPeriodChange: (period: ReportPeriod) => void;
  actions?: ReactNode;
}) {
  const rules = useRules();
  const titles = useMemo(() => new Map((rules.data ?? []).map((rule) => [rule.code, rule.title])), [rules.data]);
  const ruleTitle = (code: string) => titles.get(code);
  const sections = figureSections(figures, ruleTitle);
  const months = useMemo(() => completionsByMonth(figures, period), [figures, period]);
  const delay = useMemo(() => delayByBasis(figures, (code) => titles.get(code)), [figures, titles]);
  const findings = useMemo(() => findingsByRule(figures, (code) => titles.get(code)), [figures, titles]);

  return (
    <div className="report-print">
      <Space className="report-no-print" wrap style={{ marginBottom: 16 }}>
        <label htmlFor="report-period">Kỳ báo cáo</label>
        <PeriodPicker
          id="report-period"
          from={period.from}
          to={period.to}
          onChange={({ from, to }) => {
            if (from && to) onPeriodChange({ from, to });
          }}
        />
        <a href={reportFileLink(subject, id, period, 'xlsx')} download style={LINK_STYLE}>
          Tải tệp Excel (XLSX)
        </a>
        <a href={reportFileLink(subject, id, period, 'csv')} download style={LINK_STYLE}>
          Tải tệp CSV
        </a>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          In báo cáo
        </Button>
        <Link to={rankingsLink('commendation', period)} style={LINK_STYLE}>
          Xếp hạng trong kỳ
        </Link>
        <Link to={reportsLink(period)} style={LINK_STYLE}>
          Chọn cán bộ, đơn vị khác
        </Link>
        {actions}
      </Space>
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          ...heading.map((item, index) => ({ key: `heading-${index}`, label: item.label, children: item.value })),
          { key: 'period', label: 'Kỳ báo cáo', children: periodText(period) },
          { key: 'asOf', label: 'Số liệu tính đến', children: formatDateTime(periodView.asOf) },
        ]}
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={12}>
          <ChartCard
            title="Nhiệm vụ hoàn thành theo tháng"
            bars={months}
            unit="nhiệm vụ"
            empty="Không có nhiệm vụ hoàn thành trong kỳ."
            stacked
            drawEmpty
            colours={GRADE_COLOURS}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title="Ngày làm việc chậm trễ theo căn cứ"
            bars={delay}
            unit="ngày"
            empty="Không có ngày chậm trễ nào trong kỳ."
            horizontal
          />
        </Col>
        <Col xs={24}>
          <ChartCard
            title="Phát hiện vi phạm theo quy tắc"
            bars={findings}
            unit="phát hiện"
            empty="Không có phát hiện nào trong kỳ."
            horizontal
          />
        </Col>
      </Row>
      <div className="report-figures">
        {sections.map((section) => (
          <Card key={section.key} title={section.title} size="small" style={{ marginBottom: 16 }}>
            {section.key === 'evaluation' ? (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} title={INDICATIVE_NOTICE} description={figures.evaluation.notice} />
            ) : null}
            <Descriptions
              bordered
              size="small"
              column={1}
              items={section.rows.map((row) => ({
                key: row.key,
                label: row.label,
                children: (
                  <>
                    <span data-figure={row.key}>{figureText(row.value)}</span>
                    {row.key === 'evaluation.band' && row.value !== null ? ' (chỉ mang tính tham khảo)' : null}
                  </>
                ),
              }))}
            />
          </Card>
        ))}
      </div>
      <Typography.Paragraph type="secondary">{notice}</Typography.Paragraph>
    </div>
  );
}
