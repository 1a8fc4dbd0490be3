import { describe, expect, it } from '@jest/globals';
import { nameBasedUuid, SERVICE_NAMESPACE } from './name-based-uuid';

describe('nameBasedUuid', () => {
  it('gives the RFC 9562 version-5 UUID of a name in a namespace', () => {
    // The DNS namespace example: uuid5(NAMESPACE_DNS, 'www.example.com').
    expect(nameBasedUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('keeps the ids the service has already written: event ids in the service namespace, finding ids in theirs', () => {
    expect(nameBasedUuid('task|nguyen-van-an|cmd-1')).toBe('d9a97f52-768f-557d-adad-ed42a3ba11a8');
    expect(nameBasedUuid('task|nguyen-van-an|cmd-1', SERVICE_NAMESPACE)).toBe('d9a97f52-768f-557d-adad-ed42a3ba11a8');
    expect(nameBasedUuid('NO_RECEIPT\u001f1\u001ft1\u001fso-xay-dung\u001fe1', '7c1f5e2a-4b8d-4e61-9a3f-2d6b8c0e4f71')).toBe(
      'a2b7e7c4-17d0-57b1-b0db-7972b4c2794f',
    );
  });
});
