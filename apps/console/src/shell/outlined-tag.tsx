import { Tag } from 'antd';
import type { ReactNode } from 'react';

/** The look of a status tag: its colour as text and border on white (each colour is checked for 4.5:1 on white). */
export const outlined = (colour: string) => ({ color: colour, borderColor: colour, background: '#fff' }) as const;

/** A status in its colour, outlined on white: the console's one way to show a status, a grade or a mark. */
export function OutlinedTag({ colour, children, testId }: { colour: string; children: ReactNode; testId?: string }) {
  return (
    <Tag style={outlined(colour)} data-testid={testId}>
      {children}
    </Tag>
  );
}
