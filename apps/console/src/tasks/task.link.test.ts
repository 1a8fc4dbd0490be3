import { describe, expect, it } from 'vitest';
import { CONSOLE_ROUTES } from '../app/routes';
import { matchRoute } from '../router/route-match';
import { taskLink } from './task.link';

describe('a task’s address', () => {
  it('opens the task page with the task id as its parameter', () => {
    const id = '3f6d1c2a-5b7e-4c19-9a0d-7e2b4f8c1d01';
    expect(taskLink(id)).toBe(`/nhiem-vu/${id}`);
    const match = matchRoute(CONSOLE_ROUTES, taskLink(id));
    expect(match?.route.key).toBe('task');
    expect(match?.params).toEqual({ taskId: id });
  });
});
