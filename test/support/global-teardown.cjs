module.exports = async function globalTeardown() {
  const container = globalThis.__PG_CONTAINER__;
  if (container) await container.stop();
};
