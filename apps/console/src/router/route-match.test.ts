import { describe, expect, it } from 'vitest';
import { matchRoute, pathFor, safeReturnPath } from './route-match';

const routes = [{ path: '/' }, { path: '/nhiem-vu' }, { path: '/nhiem-vu/:taskId' }, { path: '/phat-hien' }];

describe('route matching', () => {
  it('matches exactly, segment by segment, ignoring a trailing slash', () => {
    expect(matchRoute(routes, '/')?.route.path).toBe('/');
    expect(matchRoute(routes, '/nhiem-vu/')?.route.path).toBe('/nhiem-vu');
    expect(matchRoute(routes, '/nhiem-vu/abc/thua')).toBeUndefined();
    expect(matchRoute(routes, '/khong-co')).toBeUndefined();
  });

  it('decodes parameters, and refuses a malformed escape rather than throwing', () => {
    expect(matchRoute(routes, '/nhiem-vu/vi%E1%BB%87c%201')?.params).toEqual({ taskId: 'việc 1' });
    expect(matchRoute(routes, '/nhiem-vu/%E0%A4%A')).toBeUndefined();
  });

  it('builds paths with encoded parameters', () => {
    expect(pathFor('/nhiem-vu/:taskId', { taskId: 'a/b c' })).toBe('/nhiem-vu/a%2Fb%20c');
    expect(() => pathFor('/nhiem-vu/:taskId')).toThrow(/taskId/);
  });

  it('returns after sign-in to a path of this origin only', () => {
    expect(safeReturnPath('/nhiem-vu?trang=2')).toBe('/nhiem-vu?trang=2');
    for (const elsewhere of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'nhiem-vu', null, undefined, ''])
      expect(safeReturnPath(elsewhere)).toBe('/');
  });
});
