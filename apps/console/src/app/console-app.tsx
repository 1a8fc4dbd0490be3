import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { isProblem } from '../api/problem';
import { ConsoleRouter } from './console-router';

dayjs.locale('vi');

const queries = new QueryClient({
  defaultOptions: {
    // A refusal (4xx) will not change by asking again; a lost connection or a 5xx may.
    queries: { retry: (failures, error) => !isProblem(error) || (error.status >= 500 && failures < 2), refetchOnWindowFocus: false },
  },
});

/** Providers around every page: server state (TanStack Query), Ant Design in Vietnamese, the router. */
export function ConsoleApp() {
  return (
    <QueryClientProvider client={queries}>
      <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#1f4e79', fontSize: 15 } }}>
        <AntApp>
          <ConsoleRouter />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
