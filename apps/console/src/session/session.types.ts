import type { components } from '../api/schema';

/**
 * The session API's bodies (GET /session, /session/options, /session/demo-people; POST /session/demo), as the
 * service's OpenAPI document describes them: generated into ../api/schema.d.ts, so a change on the server that the
 * console does not follow fails `npm run api:types -- --check` and the type check.
 */
type Schemas = components['schemas'];

export type SignedInPrincipal = Schemas['SessionPrincipalDto'];
export type SessionInfo = Schemas['SessionDto'];
export type SignInOptions = Schemas['SessionOptionsDto'];
export type DemoPerson = Schemas['DemoPersonDto'];
