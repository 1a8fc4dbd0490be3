import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { ConsoleRouter } from './console-router';
import { queryClient } from './query-client';

dayjs.locale('vi');

/**
 * The province's blue, a size that reads on an office screen, and secondary text, links and errors dark enough for WCAG AA contrast
 * (Ant Design's default greys, 45 % black, fall below 4.5:1 on white; axe checks it on every page).
 */
const THEME = {
  token: {
    // No animation for people who asked their system for less motion (the browser tests run so, for stable pages).
    motion: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
    colorPrimary: '#1f4e79',
    fontSize: 15,
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    // Links and the error red dark enough for AA on white (Ant Design's #1677ff and #ff4d4f fall below 4.5:1).
    colorLink: '#1f4e79',
    colorLinkHover: '#2e6aa3',
    colorLinkActive: '#163a5c',
    colorError: '#b42318',
  },
  components: {
    // The current page, hovered or pressed items in the menu: pale blues under dark blue text (7:1 and more).
    Menu: { itemSelectedBg: '#e3ecf5', itemSelectedColor: '#1f4e79', itemHoverBg: '#eef3f8', itemActiveBg: '#d5e3f0' },
  },
};

/** Providers around every page: server state (TanStack Query), Ant Design in Vietnamese, the router. */
export function ConsoleApp() {
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={viVN} theme={THEME}>
        <AntApp>
          <ConsoleRouter />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
