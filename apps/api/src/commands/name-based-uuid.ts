// The service's one name-based (version-5) UUID lives in the domain core; the API's callers keep this path.
export { nameBasedUuid } from '@lib/domain/core';
