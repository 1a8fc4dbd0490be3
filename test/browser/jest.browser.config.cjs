// `npm run test:browser`: the console in Debian's Chromium (Playwright), against the built service started as a
// process on a fresh database of the test PostgreSQL (the same global setup as the other tiers: DATABASE_URL, a
// container, or one embedded PostgreSQL). One file at a time: each starts its own service and browser.
const base = require('../../jest.config.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/test/browser'],
  testRegex: '\\.browser-spec\\.ts$',
  testTimeout: 120000,
  maxWorkers: 1,
};
