import { describe, expect, it } from 'vitest';
import { eventIdOfHash, trailAnchorId } from './trail.anchor';

describe('links to one event of the trail', () => {
  it('reads back the event id an anchor was made of', () => {
    const id = '69f40649-55e9-54c7-bc1b-6412edc3edab';
    expect(trailAnchorId(id)).toBe('su-kien-69f40649-55e9-54c7-bc1b-6412edc3edab');
    expect(eventIdOfHash(`#${trailAnchorId(id)}`)).toBe(id);
  });

  it('ignores other hashes and an empty one', () => {
    expect(eventIdOfHash('')).toBeNull();
    expect(eventIdOfHash('#phat-hien')).toBeNull();
    expect(eventIdOfHash('#su-kien-')).toBeNull();
  });
});
