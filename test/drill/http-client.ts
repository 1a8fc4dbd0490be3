/** One HTTP exchange as the drills judge it. Status 0: no answer at all (refused, cut off, timed out). */
export interface Answer {
  status: number;
  retryAfter: string | undefined;
  /** The parsed JSON body, the text when it is not JSON, or the error when there was no answer. */
  body: unknown;
  replayed: boolean;
  sentAt: number;
  answeredAt: number;
}

export interface Exchange {
  method: 'GET' | 'POST';
  /** Path and query, sent as written (percent-escapes such as %00 included). */
  path: string;
  /** A bearer token, put after `Bearer `. */
  token?: string;
  /** The whole Authorization header instead, for drills that forge it. */
  authorization?: string;
  /** A value to send as JSON, or a string sent as it is (malformed JSON, deep nesting). */
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** Real HTTP to the service under drill, through Node's fetch; never throws, a missing answer is status 0. */
export class HttpClient {
  constructor(readonly baseUrl: string) {}

  async send(exchange: Exchange): Promise<Answer> {
    const headers: Record<string, string> = { ...exchange.headers };
    if (exchange.authorization !== undefined) headers.authorization = exchange.authorization;
    else if (exchange.token !== undefined) headers.authorization = `Bearer ${exchange.token}`;
    let payload: string | undefined;
    if (exchange.body !== undefined) {
      payload = typeof exchange.body === 'string' ? exchange.body : JSON.stringify(exchange.body);
      headers['content-type'] ??= 'application/json';
    }
    const sentAt = Date.now();
    try {
      const response = await fetch(`${this.baseUrl}${exchange.path}`, {
        method: exchange.method,
        headers,
        ...(payload !== undefined ? { body: payload } : {}),
        signal: AbortSignal.timeout(exchange.timeoutMs ?? 15_000),
      });
      const text = await response.text();
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after') ?? undefined,
        body: parsed(text),
        replayed: response.headers.get('idempotent-replayed') === 'true',
        sentAt,
        answeredAt: Date.now(),
      };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return {
        status: 0,
        retryAfter: undefined,
        body: cause?.code ?? cause?.message ?? String(error),
        replayed: false,
        sentAt,
        answeredAt: Date.now(),
      };
    }
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
