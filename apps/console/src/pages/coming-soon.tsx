import { Card, Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page of this first step: its title, what it will show, and what the reader can do meanwhile. */
export function ComingSoon({ title, intro, coming, meanwhile }: { title: string; intro: string; coming: string[]; meanwhile: ReactNode }) {
  return (
    <>
      <Typography.Title level={2}>{title}</Typography.Title>
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      <Card>
        <Empty
          description={
            <div style={{ textAlign: 'left', maxWidth: 640, margin: '0 auto' }}>
              <Typography.Paragraph strong>Trang này đang được xây dựng. Sắp có:</Typography.Paragraph>
              <ul>
                {coming.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <Typography.Paragraph>{meanwhile}</Typography.Paragraph>
            </div>
          }
        />
      </Card>
    </>
  );
}
