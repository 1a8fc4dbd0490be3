import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * Links and error red dark enough for WCAG AA on white (Ant Design's defaults, #1677ff and #ff4d4f, fall below 4.5:1;
 * axe checks it): links in the province's blue, errors and danger buttons in a deep red. For the findings pages, whose
 * rows, evidence and review form are full of links and field errors.
 */
const READABLE = {
  token: { colorLink: '#1f4e79', colorLinkHover: '#2e6aa3', colorLinkActive: '#163a5c', colorError: '#b42318' },
};

export function ReadableTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={READABLE}>{children}</ConfigProvider>;
}
