import { Alert, Skeleton, Space, Tree, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { PageProps } from '../app/pages';
import { formatDate } from '../display/dates.format';
import { AsOfPicker } from '../organisation/as-of-picker';
import { useUnitTree } from '../organisation/org.api';
import { asOfDateOf, organisationPath, unitPath } from '../organisation/org.link';
import { unitsIn, type UnitNode } from '../organisation/org.read';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/link';
import { LINK_STYLE } from '../shell/link.style';
import { ProblemResult } from './problem.page';

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

function treeItems(nodes: readonly UnitNode[], date: string): TreeItem[] {
  return nodes.map((node) => ({
    key: node.unitId,
    title: (
      <Link to={unitPath(node.unitId, date)} style={LINK_STYLE} data-unit-id={node.unitId}>
        {node.name}
      </Link>
    ),
    children: treeItems(node.children, date),
  }));
}

/** The units as they stood on a day (ngay= in the address, today by default), each a link to its page on that day. */
export function OrganisationPage(_props: PageProps) {
  const { search } = useLocation();
  const date = asOfDateOf(search);
  const tree = useUnitTree(date);
  const count = tree.data ? unitsIn(tree.data).length : 0;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={2}>Tổ chức bộ máy</Typography.Title>
      <Space wrap align="center">
        <Typography.Text>Xem tổ chức vào ngày</Typography.Text>
        <AsOfPicker date={date} onChange={(next) => navigate(organisationPath(next), { replace: true })} />
      </Space>
      {tree.isPending ? (
        <Skeleton active />
      ) : tree.error ? (
        <ProblemResult error={tree.error} />
      ) : count === 0 ? (
        <Alert type="info" showIcon title={`Chưa có đơn vị nào vào ngày ${formatDate(date)}.`} />
      ) : (
        <>
          <Typography.Text data-testid="unit-count">
            Ngày {formatDate(date)}: {count} đơn vị đang hoạt động.
          </Typography.Text>
          <div data-testid="unit-tree">
            <Tree key={date} treeData={treeItems(tree.data, date)} defaultExpandAll selectable={false} />
          </div>
        </>
      )}
    </Space>
  );
}
