/**
 * Every page of the console and its address. The API serves index.html for these addresses too (a bookmarked or
 * shared link opens the page): it knows their first segments from CONSOLE_PATH_PREFIXES, which
 * apps/api/src/console/console-static.options.ts repeats and the browser tests check (every path here opens directly).
 */
export type PageKey = 'sign-in' | 'overview' | 'tasks' | 'findings' | 'audit';

export interface ConsoleRoute {
  key: PageKey;
  path: string;
  /** The page's name in the menu and the browser tab. */
  title: string;
  /** Pages anyone may open; every other one needs a session. */
  public?: true;
}

export const CONSOLE_ROUTES: readonly ConsoleRoute[] = [
  { key: 'sign-in', path: '/dang-nhap', title: 'Đăng nhập', public: true },
  { key: 'overview', path: '/', title: 'Tổng quan' },
  { key: 'tasks', path: '/nhiem-vu', title: 'Nhiệm vụ' },
  { key: 'findings', path: '/phat-hien', title: 'Phát hiện' },
  { key: 'audit', path: '/tra-cuu-nhat-ky', title: 'Tra cứu nhật ký' },
];

/** The first path segments the console owns (besides `/` itself): the server answers them with the console. */
export const CONSOLE_PATH_PREFIXES = ['dang-nhap', 'nhiem-vu', 'phat-hien', 'tra-cuu-nhat-ky'] as const;

export const SIGN_IN_PATH = '/dang-nhap';
/** The query parameter that carries where to return after signing in. */
export const RETURN_PARAM = 'quay-lai';
