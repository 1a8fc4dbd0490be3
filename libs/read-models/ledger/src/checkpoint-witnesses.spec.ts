import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { cosignCheckpoint, generateNoteKey, hashLeaf, parseNote, signCheckpoint, verifierOf } from '@lib/ledger';
import { CheckpointWitnesses } from './checkpoint-witnesses';
import type { PublishedCheckpoint } from './checkpoint-publisher';

// The log's side of the protocol against witnesses that misbehave, over real HTTP. The pool is a stand-in that
// records statements: no cosignature ever reaches ledger_cosignature here (the e2e spec covers the stored ones).

const log = generateNoteKey('so-noi-vu.example.gov.vn/trach-nhiem');
const witness = generateNoteKey('thanh-tra.example.gov.vn/nhan-chung', 'cosignature/v1');
const impostor = generateNoteKey('thanh-tra.example.gov.vn/nhan-chung', 'cosignature/v1');
const rootHash = hashLeaf(Buffer.from('root'));
const checkpoint: PublishedCheckpoint = {
  treeSize: 4,
  rootHash,
  note: signCheckpoint({ origin: log.signer.name, size: 4, rootHash, extensions: [] }, log.signer),
};

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function recordingPool(): { pool: Pool; statements: string[] } {
  const statements: string[] = [];
  const pool = {
    query: async (sql: string) => {
      statements.push(sql.split(' ')[0]!);
      return { rows: [{ size: null }] };
    },
  } as unknown as Pool;
  return { pool, statements };
}

async function ask(url: string, timeoutMs = 5_000): Promise<{ lines: string[]; statements: string[] }> {
  const lines: string[] = [];
  const { pool, statements } = recordingPool();
  const witnesses = new CheckpointWitnesses({
    pool,
    logKey: verifierOf(log.signer),
    witnesses: [{ url, key: witness.verifier }],
    log: (line) => lines.push(line),
    timeoutMs,
  });
  await witnesses.cosign(checkpoint);
  return { lines, statements };
}

const body = parseNote(checkpoint.note).text;

describe('asking witnesses to cosign (the log’s side)', () => {
  it('gives up on a witness that does not answer, and says so in Vietnamese', async () => {
    const url = await serve(() => undefined);
    const { lines, statements } = await ask(url, 200);
    expect(statements).not.toContain('INSERT');
    expect(lines).toEqual([
      `Nhân chứng ${witness.signer.name} (${url}) chưa ký đồng xác nhận checkpoint 4: không trả lời trong 200 ms. ` +
        'Sổ cái vẫn ký checkpoint; sẽ gửi lại với checkpoint sau.',
    ]);
  });

  it('gives up on a witness that is not listening', async () => {
    const url = await serve(() => undefined);
    servers[0]!.close();
    const { lines } = await ask(url);
    expect(lines[0]).toContain('không kết nối được');
  });

  it('stores nothing when the cosignature is not the configured key’s, or does not verify, or is not one', async () => {
    for (const answer of [
      cosignCheckpoint(body, impostor.signer, 1767225600),
      cosignCheckpoint(body.replace('\n4\n', '\n5\n'), witness.signer, 1767225600),
      'đồng ý\n',
    ]) {
      const url = await serve((_, response) => response.end(answer));
      const { lines, statements } = await ask(url);
      expect(statements).not.toContain('INSERT');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /chữ ký đồng xác nhận không hợp lệ|không có chữ ký đồng xác nhận của khóa đã cấu hình|không phải các dòng chữ ký/,
      );
    }
  });

  it('stores the configured witness’s valid cosignature', async () => {
    const url = await serve((_, response) => response.end(cosignCheckpoint(body, witness.signer, 1767225600)));
    const { lines, statements } = await ask(url);
    expect(statements).toEqual(['SELECT', 'INSERT']);
    expect(lines).toEqual([]);
  });

  it('raises the alarm when a witness holds another root for the size it is asked from', async () => {
    const url = await serve((_, response) => {
      response.writeHead(409, { 'Content-Type': 'text/x.tlog.size' });
      response.end('0\n');
    });
    const { lines } = await ask(url);
    expect(lines[0]).toMatch(/^CẢNH BÁO: Nhân chứng .* đã ký một cây 0 lá khác với cây 0 lá của sổ cái này/);
  });
});
