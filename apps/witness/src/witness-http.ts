import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ADD_CHECKPOINT_PATH } from '@lib/ledger';
import type { WitnessAnswer, WitnessService } from './witness-service';

/** The largest request body read: a checkpoint with its signatures and 63 proof hashes is a few kilobytes. */
export const MAX_BODY_BYTES = 64 * 1024;

const TEXT = 'text/plain; charset=utf-8';
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The witness over HTTP (`node:http`, no framework): `POST /add-checkpoint` (https://c2sp.org/tlog-witness, the
 * submission prefix being the server's root) and `GET /healthz`, which names the witness's public key. Every other
 * path is a 404, another method a 405.
 */
export function createWitnessServer(service: WitnessService, options: { verifierKey: string; log: (line: string) => void }): Server {
  const server = createServer((request, response) => {
    handle(service, options.verifierKey, request, response).catch((error: unknown) => {
      options.log(`Lỗi khi xử lý ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) send(response, { status: 500, contentType: TEXT, body: 'Nhân chứng gặp lỗi nội bộ; hãy thử lại sau.\n' });
      else response.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return server;
}

async function handle(service: WitnessService, verifierKey: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://witness').pathname;
  if (path === ADD_CHECKPOINT_PATH) {
    if (request.method !== 'POST') return notAllowed(response, 'POST');
    const body = await readBody(request);
    if (body.kind === 'too-large')
      return send(response, plain(413, `Thân yêu cầu dài quá ${MAX_BODY_BYTES} byte: một checkpoint và chứng minh của nó ngắn hơn nhiều.`));
    if (body.kind === 'not-utf8') return send(response, plain(400, 'Thân yêu cầu không phải văn bản UTF-8.'));
    return send(response, await service.addCheckpoint(body.text));
  }
  if (path === '/healthz') {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notAllowed(response, 'GET, HEAD');
    return send(response, plain(200, `Nhân chứng đang hoạt động. Khóa kiểm tra: ${verifierKey}`));
  }
  send(response, plain(404, `Không có đường dẫn ${path}: nhân chứng nhận POST ${ADD_CHECKPOINT_PATH}.`));
}

type Body = { kind: 'text'; text: string } | { kind: 'too-large' } | { kind: 'not-utf8' };

/** The body as UTF-8 text; one longer than MAX_BODY_BYTES is drained and dropped (refused unread when it says so up front). */
function readBody(request: IncomingMessage): Promise<Body> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    request.resume();
    return Promise.resolve({ kind: 'too-large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('error', reject);
    request.on('end', () => {
      if (length > MAX_BODY_BYTES) return resolve({ kind: 'too-large' });
      try {
        resolve({ kind: 'text', text: utf8.decode(Buffer.concat(chunks)) });
      } catch {
        resolve({ kind: 'not-utf8' });
      }
    });
  });
}

function notAllowed(response: ServerResponse, allow: string): void {
  response.setHeader('Allow', allow);
  send(response, plain(405, `Phương thức không được hỗ trợ ở đây; chỉ ${allow}.`));
}

function plain(status: number, body: string): WitnessAnswer {
  return { status, contentType: TEXT, body: `${body}\n` };
}

function send(response: ServerResponse, answer: WitnessAnswer): void {
  const body = Buffer.from(answer.body, 'utf8');
  response.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
