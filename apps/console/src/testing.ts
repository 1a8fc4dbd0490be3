/**
 * The console's one surface for the browser tests (test/browser), as apps/api/src/testing.ts is the API's: the
 * routes, so that the tests open every page by its address and keep up with the ones added.
 */
export { CONSOLE_ROUTES, SIGN_IN_PATH, type ConsoleRoute } from './app/routes';
