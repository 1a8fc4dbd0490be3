import { describe, expect, it } from 'vitest';
import { matchRoute } from '../router/route-match';
import { CONSOLE_ROUTES } from '../app/routes';
import { evidenceLink, findingPath, taskPath } from './finding.link';

describe('links of the finding page', () => {
  const taskId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const eventId = '0b5a4f3e-1d2c-4b6a-8e9f-a1b2c3d4e5f6';

  it('opens the finding and its task at routes the console knows', () => {
    expect(matchRoute(CONSOLE_ROUTES, findingPath('f-1'))).toMatchObject({ route: { key: 'finding' }, params: { findingId: 'f-1' } });
    expect(matchRoute(CONSOLE_ROUTES, taskPath(taskId))).toMatchObject({ route: { key: 'task' }, params: { taskId } });
  });

  it("points an evidence entry at its row of the task's trail", () => {
    expect(evidenceLink(taskId, eventId)).toBe(`/nhiem-vu/${taskId}#su-kien-${eventId}`);
  });

  it('encodes what would break the address', () => {
    expect(findingPath('a/b')).toBe('/phat-hien/a%2Fb');
  });
});
