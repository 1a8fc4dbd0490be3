/**
 * SQLSTATE classes and codes that say the database or the connection failed, not the statement:
 * 08 connection exceptions, 57P01–57P03 shutdown or restart, 53300 too many connections, and the
 * serialisation and lock failures that a retry resolves.
 */
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '53300', '55P03', '57P01', '57P02', '57P03']);
const TRANSIENT_MESSAGES =
  /connection terminated|connection reset|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated|the database system is (starting up|shutting down|in recovery)|Cannot use a pool after calling end/i;

/** Worth retrying as is: the database or the connection failed, not the work asked of it. */
export function isTransientDatabaseError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('08') || TRANSIENT_SQLSTATES.has(code))) return true;
    if (TRANSIENT_MESSAGES.test(messageOf(current))) return true;
    // TypeORM wraps the driver's error; Node wraps causes.
    current = (current as { driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The pool had no free connection within its acquire timeout. */
export function isPoolExhaustedError(error: unknown): boolean {
  return /timeout exceeded when trying to connect/i.test(messageOf(error));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
