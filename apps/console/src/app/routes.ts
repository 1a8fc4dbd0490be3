/**
 * Every page of the console and its address. The API serves index.html for these addresses too (a bookmarked or
 * shared link opens the page): it knows their first segments from CONSOLE_PATH_PREFIXES, which
 * apps/api/src/console/console-static.options.ts repeats and the browser tests check (every path here opens directly).
 */
export type PageKey =
  | 'sign-in'
  | 'overview'
  | 'tasks'
  | 'new-task'
  | 'task'
  | 'findings'
  | 'finding'
  | 'cases'
  | 'case-proposal'
  | 'case'
  | 'reports'
  | 'person-report'
  | 'unit-report'
  | 'rankings'
  | 'network'
  | 'organisation'
  | 'unit'
  | 'person'
  | 'audit';

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
/** GET /cases (apps/api's cases controller); recording a case step is Home Affairs' alone. */
const CASE_READERS: readonly ConsoleRole[] = ['home_affairs', 'inspector', 'admin'];
const HOME_AFFAIRS: readonly ConsoleRole[] = ['home_affairs'];
/** POST /tasks and the other task commands. */
const TASK_RECORDERS: readonly ConsoleRole[] = ['clerk', 'officer', 'unit_head', 'office_chief'];

export const CONSOLE_ROUTES: readonly ConsoleRoute[] = [
  { key: 'sign-in', path: '/dang-nhap', title: 'Đăng nhập', public: true },
  { key: 'overview', path: '/', title: 'Tổng quan', roles: REPORT_READERS },
  { key: 'tasks', path: '/nhiem-vu', title: 'Nhiệm vụ' },
  // Before '/nhiem-vu/:taskId', which would take "giao-moi" for a task's id.
  { key: 'new-task', path: '/nhiem-vu/giao-moi', title: 'Giao nhiệm vụ mới', parent: 'tasks', roles: TASK_RECORDERS },
  { key: 'task', path: '/nhiem-vu/:taskId', title: 'Nhiệm vụ', parent: 'tasks' },
  { key: 'findings', path: '/phat-hien', title: 'Phát hiện', roles: FINDING_READERS },
  { key: 'finding', path: '/phat-hien/:findingId', title: 'Phát hiện', parent: 'findings', roles: FINDING_READERS },
  { key: 'cases', path: '/ky-luat', title: 'Hồ sơ kỷ luật', roles: CASE_READERS },
  { key: 'case-proposal', path: '/ky-luat/de-nghi/:personId', title: 'Đề nghị xem xét kỷ luật', parent: 'cases', roles: HOME_AFFAIRS },
  // Open to every signed-in person: the API also answers the person the case concerns.
  { key: 'case', path: '/ky-luat/:caseId', title: 'Hồ sơ kỷ luật', parent: 'cases' },
  { key: 'reports', path: '/bao-cao', title: 'Báo cáo, đánh giá', roles: REPORT_READERS },
  { key: 'person-report', path: '/bao-cao/can-bo/:personId', title: 'Báo cáo cá nhân', parent: 'reports', roles: REPORT_READERS },
  { key: 'unit-report', path: '/bao-cao/don-vi/:unitId', title: 'Báo cáo đơn vị', parent: 'reports', roles: REPORT_READERS },
  { key: 'rankings', path: '/bao-cao/xep-hang', title: 'Xếp hạng', parent: 'reports', roles: REPORT_READERS },
  { key: 'network', path: '/mang-luoi-chuyen-giao', title: 'Mạng lưới chuyển giao' },
  { key: 'organisation', path: '/to-chuc', title: 'Tổ chức bộ máy' },
  { key: 'person', path: '/to-chuc/can-bo/:personId', title: 'Cán bộ', parent: 'organisation' },
  { key: 'unit', path: '/to-chuc/:unitId', title: 'Đơn vị', parent: 'organisation' },
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
export const CONSOLE_PATH_PREFIXES = [
  'dang-nhap',
  'nhiem-vu',
  'phat-hien',
  'ky-luat',
  'bao-cao',
  'mang-luoi-chuyen-giao',
  'to-chuc',
  'tra-cuu-nhat-ky',
] as const;

export const SIGN_IN_PATH = '/dang-nhap';
/** The query parameter that carries where to return after signing in. */
export const RETURN_PARAM = 'quay-lai';
