import { Alert, Button, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { navigate } from '../router/history';
import { ProblemResult } from '../pages/problem.page';

/**
 * One page of a list the API pages by cursor (GET /tasks, /findings, /audit/events): the rows, an empty state that
 * says what to do, the API's refusal in Vietnamese, and "Về trang đầu" / "Trang sau" as addresses of their own
 * (`pageLink(cursor)`, the cursor kept in the address so a page can be bookmarked).
 */
export function CursorPagedTable<Row extends object>({
  query,
  rowKey,
  columns,
  cursor,
  pageLink,
  empty,
}: {
  query: { data?: { items: Row[]; nextCursor: string | null } | undefined; error: unknown; isFetching: boolean };
  rowKey: keyof Row & string;
  columns: ColumnsType<Row>;
  cursor: string | undefined;
  pageLink: (cursor: string | undefined) => string;
  empty: { message: string; description: string };
}) {
  if (query.error) return <ProblemResult error={query.error} />;
  const nextCursor = query.data?.nextCursor ?? null;
  return (
    <>
      <Table<Row>
        rowKey={rowKey}
        size="middle"
        loading={query.isFetching}
        columns={columns}
        dataSource={query.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Alert type="info" showIcon message={empty.message} description={empty.description} /> }}
      />
      <Space style={{ marginTop: 16 }}>
        {cursor ? <Button onClick={() => navigate(pageLink(undefined))}>Về trang đầu</Button> : null}
        {nextCursor ? (
          <Button type="primary" onClick={() => navigate(pageLink(nextCursor))}>
            Trang sau
          </Button>
        ) : null}
      </Space>
    </>
  );
}
