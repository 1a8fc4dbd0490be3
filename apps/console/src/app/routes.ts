/**
 * Every page of the console and its address. The API serves index.html for these addresses too (a bookmarked or
 * shared link opens the page): it knows their first segments from CONSOLE_PATH_PREFIXES, which
 * apps/api/src/console/console-static.options.ts repeats and the browser tests check (every path here opens directly).
 */
export type PageKey = 'sign-in' | 'overview' | 'tasks' | 'task' | 'findings' | 'finding' | 'audit';

/** The roles the service knows (apps/api's auth): the console shows a page only to roles the API lets read it. */
export type ConsoleRole = 'clerk' | 'officer' | 'unit_head' | 'inspector' | 'home_affairs' | 'office_chief' | 'admin';

export interface ConsoleRoute {
  key: PageKey;
  path: string;
  /** The page's name in the menu and the browser tab. */
  title: string;
  /** Pages anyone may open; every other one needs a session. */
  public?: true;
  /** A page inside another one (a task inside the task list): not in the menu, and the menu marks its parent. */
  parent?: PageKey;
  /**
   * The roles whose reads the API answers on this page (the `@Roles` of the endpoints it calls); absent: every
   * signed-in person. The menu shows a page only to these roles; the browser tests open every page as each demo person
   * and check that a page in the menu is never refused.
   */
  roles?: readonly ConsoleRole[];
}

/** GET /reports/status and GET /findings: the readers apps/api's reports and findings controllers allow. */
const REPORT_READERS: readonly ConsoleRole[] = ['office_chief', 'home_affairs', 'inspector', 'unit_head', 'admin'];
const FINDING_READERS: readonly ConsoleRole[] = ['inspector', 'home_affairs', 'office_chief', 'unit_head', 'admin'];
/** GET /audit/events. */
const AUDIT_READERS: readonly ConsoleRole[] = ['inspector', 'home_affairs', 'office_chief', 'admin'];

export const CONSOLE_ROUTES: readonly ConsoleRoute[] = [
  { key: 'sign-in', path: '/dang-nhap', title: 'Đăng nhập', public: true },
  { key: 'overview', path: '/', title: 'Tổng quan', roles: REPORT_READERS },
  { key: 'tasks', path: '/nhiem-vu', title: 'Nhiệm vụ' },
  { key: 'task', path: '/nhiem-vu/:taskId', title: 'Nhiệm vụ', parent: 'tasks' },
  { key: 'findings', path: '/phat-hien', title: 'Phát hiện', roles: FINDING_READERS },
  { key: 'finding', path: '/phat-hien/:findingId', title: 'Phát hiện', parent: 'findings', roles: FINDING_READERS },
  { key: 'audit', path: '/tra-cuu-nhat-ky', title: 'Tra cứu nhật ký', roles: AUDIT_READERS },
];

/** Whether a person with these roles may open the page (the API would answer its reads). */
export function mayOpen(route: ConsoleRoute, roles: readonly string[]): boolean {
  return !route.roles || route.roles.some((role) => roles.includes(role));
}

/** The first page of the menu this person may open: where sign-in lands when no page was asked for. */
export function homePathFor(roles: readonly string[]): string {
  const home = CONSOLE_ROUTES.find((route) => !route.public && !route.parent && mayOpen(route, roles));
  return home?.path ?? '/nhiem-vu';
}

/** The first path segments the console owns (besides `/` itself): the server answers them with the console. */
export const CONSOLE_PATH_PREFIXES = ['dang-nhap', 'nhiem-vu', 'phat-hien', 'tra-cuu-nhat-ky'] as const;

export const SIGN_IN_PATH = '/dang-nhap';
/** The query parameter that carries where to return after signing in. */
export const RETURN_PARAM = 'quay-lai';
