import { ADD_CHECKPOINT_PATH } from '@lib/ledger';

/** A witness's answer to add-checkpoint, or why there is none. */
export type WitnessReply =
  | { readonly kind: 'answer'; readonly status: number; readonly contentType: string; readonly body: string }
  | { readonly kind: 'unreachable'; readonly reason: string };

/** The longest answer read: a few cosignature lines, or an error text. */
const MAX_ANSWER_CHARS = 64 * 1024;

/**
 * POSTs an add-checkpoint body (https://c2sp.org/tlog-witness) to `<url>/add-checkpoint` and reads the answer, giving
 * up after `timeoutMs`. Never throws: a witness that is down, slow or not a witness is a `unreachable` reply with
 * its reason in Vietnamese.
 */
export async function postAddCheckpoint(url: string, body: string, timeoutMs: number): Promise<WitnessReply> {
  try {
    const response = await fetch(`${url}${ADD_CHECKPOINT_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    const text = await response.text();
    if (text.length > MAX_ANSWER_CHARS) return { kind: 'unreachable', reason: `câu trả lời dài quá ${MAX_ANSWER_CHARS} ký tự` };
    return { kind: 'answer', status: response.status, contentType: response.headers.get('content-type') ?? '', body: text };
  } catch (error) {
    return { kind: 'unreachable', reason: unreachableReason(error, timeoutMs) };
  }
}

function unreachableReason(error: unknown, timeoutMs: number): string {
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `không trả lời trong ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error | undefined)?.message ?? String(error);
  return `không kết nối được (${detail})`;
}
