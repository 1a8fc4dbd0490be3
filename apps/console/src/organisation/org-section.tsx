import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A card with an h3 title: the parts of the unit and person pages. */
export function OrgSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card
      data-testid={testId}
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </Typography.Title>
      }
    >
      {children}
    </Card>
  );
}
