import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { withConsoleHeaders } from './request-headers';

/**
 * The typed client of the service's API (types generated from its OpenAPI: ./schema.d.ts, `npm run api:types`).
 * Same origin: the session cookie goes with every call (credentials 'same-origin'); commands carry the CSRF token
 * and an Idempotency-Key (request-headers.ts).
 */
const consoleHeaders: Middleware = {
  onRequest: ({ request }) => withConsoleHeaders(request, { command: true }),
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(consoleHeaders);
