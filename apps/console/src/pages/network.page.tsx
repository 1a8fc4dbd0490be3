import { Card, Col, Radio, Row, Skeleton, Space, Typography } from 'antd';
import { Suspense, lazy, useCallback, useMemo } from 'react';
import type { PageProps } from '../app/pages';
import { formatDate } from '../display/dates.format';
import { ArcTasks } from '../network/arc-tasks';
import { EdgeTable } from '../network/edge-table';
import { useHandoverNetwork } from '../network/network.api';
import { levelOf, levelWord, networkFilterOf, networkLink, periodOf, type NetworkFilter } from '../network/network.link';
import { edgeRows, networkSeries, networkSummary, WAIT_BANDS } from '../network/network.series';
import { UnitFiguresTable } from '../network/unit-figures';
import { navigate, useLocation } from '../router/history';
import { PeriodPicker } from '../shell/period-picker';
import { ProblemResult } from './problem.page';

// ECharts comes with this page only, in a chunk of its own that starts loading with the page.
const loadNetworkChart = () => import('../network/network-chart');
void loadNetworkChart().catch(() => undefined);
const NetworkChart = lazy(loadNetworkChart);

const swatch = (colour: string) => ({
  display: 'inline-block',
  width: 18,
  height: 4,
  marginInline: '8px 4px',
  background: colour,
  verticalAlign: 3,
});

/** Who passes work to whom over a period, how often, how long it then waited; per unit, reassignments and first-lead resolutions. */
export function NetworkPage(_props: PageProps) {
  const { search } = useLocation();
  const filter = networkFilterOf(search);
  const now = useMemo(() => new Date(), []);
  const level = levelOf(filter);
  const period = periodOf(filter, now);
  const network = useHandoverNetwork(filter, now);
  const change = (next: NetworkFilter) =>
    navigate(networkLink({ ...filter, giver: undefined, receiver: undefined, ...next }), { replace: true });
  const choose = useCallback(
    (giver: string, receiver: string) => navigate(networkLink({ ...networkFilterOf(window.location.search), giver, receiver })),
    [],
  );
  const edges = network.data?.edges;
  const series = useMemo(() => networkSeries(edges ?? []), [edges]);
  const rows = useMemo(() => edgeRows(edges ?? []), [edges]);
  const chosen = rows.find((row) => row.from === filter.giver && row.to === filter.receiver);

  return (
    <>
      <Typography.Title level={2}>Mạng lưới chuyển giao</Typography.Title>
      <Typography.Paragraph>
        Ai chuyển việc cho ai trong kỳ, bao nhiêu lần, và việc sau đó phải chờ bao lâu (ngày làm việc), trong phạm vi bạn được xem. Bấm vào
        một mũi tên hoặc chọn một dòng của bảng để xem các nhiệm vụ đã chuyển theo chiều đó.
      </Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Radio.Group
          aria-label="Cấp"
          optionType="button"
          value={level}
          onChange={(event) => change({ level: levelWord(event.target.value) })}
          options={[
            { value: 'unit', label: 'Giữa đơn vị' },
            { value: 'person', label: 'Giữa cán bộ' },
          ]}
        />
        <PeriodPicker aria-label="Kỳ" from={period.from} to={period.to} onChange={change} />
      </Space>
      {network.isError ? (
        <Card>
          <ProblemResult error={network.error} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={16}>
            <Card
              title={
                <h3 style={{ margin: 0, fontSize: 17 }}>
                  Từ {formatDate(period.from)} đến {formatDate(period.to)}
                </h3>
              }
            >
              {network.isPending ? (
                <Skeleton.Node active style={{ width: '100%', height: 620 }} />
              ) : rows.length === 0 ? (
                <Typography.Paragraph>Không có lần chuyển giao nào trong kỳ.</Typography.Paragraph>
              ) : (
                <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 620 }} />}>
                  <NetworkChart series={series} summary={networkSummary(edges ?? [], level, period, formatDate)} onChoose={choose} />
                </Suspense>
              )}
              <Typography.Paragraph className="network-legend" style={{ marginTop: 8 }}>
                Độ dày mũi tên: số lần chuyển giao. Màu: thời gian chờ trung vị sau khi nhận, tính bằng ngày làm việc:
                {WAIT_BANDS.map((band) => (
                  <span key={band.colour}>
                    <span style={swatch(band.colour)} aria-hidden />
                    {band.label}
                  </span>
                ))}
                . Nét đứt, cong: chuyển qua lại (có cả hai chiều giữa hai bên).
              </Typography.Paragraph>
            </Card>
          </Col>
          <Col xs={24} xxl={8}>
            <Card title={<h3 style={{ margin: 0, fontSize: 17 }}>Theo đơn vị chủ trì đầu tiên</h3>}>
              <Typography.Paragraph>
                Các nhiệm vụ của mạng lưới, theo đơn vị được giao chủ trì đầu tiên: số lần đổi đơn vị xử lý, và tỉ lệ do chính đơn vị đó
                giải quyết, không đổi đơn vị.
              </Typography.Paragraph>
              {network.isPending ? <Skeleton active /> : <UnitFiguresTable units={network.data.units} />}
            </Card>
          </Col>
          <Col span={24}>
            {filter.giver && filter.receiver ? (
              <ArcTasks
                filter={filter}
                now={now}
                names={{ from: chosen?.fromName ?? filter.giver, to: chosen?.toName ?? filter.receiver }}
              />
            ) : null}
            <Card style={{ marginTop: 16 }} title={<h3 style={{ margin: 0, fontSize: 17 }}>Các chiều chuyển giao</h3>}>
              {network.isPending ? <Skeleton active /> : <EdgeTable rows={rows} filter={filter} />}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
