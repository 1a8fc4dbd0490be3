const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const container = globalThis.__PG_CONTAINER__;
  if (container) await container.stop();
  const embedded = globalThis.__EMBEDDED_PG__;
  if (embedded) {
    await embedded.server.stop().catch(() => undefined);
    rmSync(embedded.dir, { recursive: true, force: true });
  }
};
