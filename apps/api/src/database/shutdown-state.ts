/**
 * Set once the process is asked to stop. Ctrl+C in a terminal reaches the embedded PostgreSQL too (same process
 * group), which then closes every connection at once: those breaks are expected and not worth a warning.
 */
let shuttingDown = false;

export function markShuttingDown(): void {
  shuttingDown = true;
}

export function isShuttingDown(): boolean {
  return shuttingDown;
}
