import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import request from 'supertest';
import { verifyEvidenceBundle, verdictText } from '@lib/evidence-bundle';
import {
  canonicalEventBytes,
  cosignCheckpoint,
  formatSignerKey,
  formatVerifierKey,
  generateNoteKey,
  parseNote,
  parseVerifierKey,
  type LedgerEvent,
} from '@lib/ledger';
import { ProjectorService, type Principal } from '../../../apps/api/src/testing';
import { city } from '../../support/city.fixture';
import { shapeMismatches, type ShapeSchema } from '../../support/openapi-shape';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { FindingsClient } from '../findings/findings-client';
import { at, ScenarioClient } from '../scenarios/scenario-client';
import { playS1 } from '../scenarios/s1-story';

// The case of cases.e2e-spec.ts (S1: Lê Văn Cường pushes his own work to Sở TN&MT; the inspector confirms the
// OWN_WORK_TRANSFERRED finding; Home Affairs proposes a warning and starts the review), on a service that signs
// checkpoints: the bundle carries its proofs, and the offline verifier checks them without the service.
const { cuong, inspector } = city;
const homeAffairs: Principal = {
  personId: 'tran-noi-vu',
  unitId: 'so-noi-vu',
  position: 'staff',
  roles: ['home_affairs'],
  jurisdictionUnitId: 'ubnd-tp',
  name: 'Trần Nội Vụ',
};
const NOW = '2031-06-30T09:00:00+07:00';
const ORIGIN = 'thu-nghiem.example/trach-nhiem';
const document = { number: '125/QĐ-UBND', date: '2031-06-20', signer: { name: 'Trần Văn An', title: 'Chủ tịch UBND thành phố' } };
// Jest runs from the repository's root (the architecture spec relies on it too).
const REPOSITORY = process.cwd();

type Bundle = Record<string, any>;
interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: REPOSITORY, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the evidence bundle carries its proofs, and `npm run verify-bundle` checks them offline', () => {
  let t: TestApp;
  let http: FindingsClient;
  let caseId: string;
  let taskId: string;
  const { signer } = generateNoteKey(ORIGIN);
  const logKey = parseVerifierKey(formatVerifierKey(signer));
  const publish = () => t.app.get(ProjectorService).ledgerPublisher!.publishOnce();
  const download = async (): Promise<Bundle> => {
    await projectionsCaughtUp(t.app);
    const response = await request(t.app.getHttpServer())
      .get(`/cases/${caseId}/evidence-bundle`)
      .set('Authorization', `Bearer ${t.tokenFor(inspector)}`)
      .expect(200);
    return response.body as Bundle;
  };
  const copy = (bundle: Bundle): Bundle => JSON.parse(JSON.stringify(bundle)) as Bundle;

  beforeAll(async () => {
    t = await startTestApp({ ledgerSigningKey: formatSignerKey(signer), ledgerCheckpointMs: 0 }, { clock: { now: () => new Date(NOW) } });
    const api = new ScenarioClient(t);
    http = new FindingsClient(t);
    taskId = await playS1(api);
    const found = await api.findings(taskId, inspector);
    const confirmed = found.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!.id;
    await http.post(`/findings/${confirmed}/confirmation`, inspector, {
      justification: 'Đã đối chiếu phiếu chuyển ngày 04/3/2026: việc thuộc thẩm quyền Sở Xây dựng, chuyển đi là sai.',
      occurredAt: at('2026-04-01'),
    });
    await projectionsCaughtUp(t.app);
    const proposed = await http.post('/cases', homeAffairs, {
      personId: cuong.personId,
      findingIds: [confirmed],
      proposedForm: 'canh_cao',
      grounds: 'Chuyển nhiệm vụ thuộc chức năng của Sở Xây dựng sang Sở Tài nguyên và Môi trường ngày 04/3/2026.',
      occurredAt: '2031-06-02T09:00:00+07:00',
    });
    caseId = proposed['caseId'];
    await http.post(`/cases/${caseId}/review`, homeAffairs, {
      note: 'Chuyển Hội đồng kỷ luật xem xét.',
      occurredAt: '2031-06-05T09:00:00+07:00',
    });
  });
  afterAll(() => t?.close());

  it('before the first checkpoint: every cited event is listed without a proof, with the reason; the verifier fails', async () => {
    const bundle = await download();
    expect(bundle).toMatchObject({ format: 'disciplinary-case-evidence-bundle', version: 2 });
    expect(bundle['ledger']).toMatchObject({ origin: ORIGIN, verifierKey: formatVerifierKey(signer), checkpoint: null });
    expect(bundle['ledger'].events.length).toBeGreaterThan(0);
    for (const entry of bundle['ledger'].events) {
      expect(entry).toMatchObject({ proof: null, unproven: { code: 'no-checkpoint', reason: expect.stringContaining('checkpoint') } });
    }
    const result = verifyEvidenceBundle(bundle, { log: logKey }, { allowUnproven: true });
    expect(result.ok).toBe(false);
    expect(verdictText(result)).toContain('chưa có chứng minh');
  });

  it('after a checkpoint: the checkpoint as served, and every event the bundle includes or names with its encoding and proof', async () => {
    await projectionsCaughtUp(t.app);
    expect(await publish()).not.toBeNull();
    const bundle = await download();
    const served = (await request(t.app.getHttpServer()).get('/ledger/checkpoint').expect(200)).text;
    const { ledger } = bundle;
    expect(ledger.checkpoint).toEqual({
      treeSize: expect.any(Number),
      rootHash: expect.any(String),
      note: served,
      publishedAt: expect.any(String),
    });
    expect(served).toContain(`${ledger.checkpoint.treeSize}\n${ledger.checkpoint.rootHash}\n`);

    const byId = new Map<string, Record<string, any>>(ledger.events.map((entry: { eventId: string }) => [entry.eventId, entry]));
    const stored: LedgerEvent[] = [...bundle['caseEvents'], ...bundle['tasks'].flatMap((task: { events: LedgerEvent[] }) => task.events)];
    const named = [
      ...stored.map((event) => event.id),
      ...bundle['findings'].flatMap((finding: Record<string, any>) => [
        finding['detectedBy'].eventId,
        ...finding['evidence'].map((evidence: { eventId: string }) => evidence.eventId),
        ...finding['reviews'].map((review: { eventId: string }) => review.eventId),
      ]),
      bundle['case'].proposal.eventId,
      bundle['case'].review.eventId,
    ];
    for (const eventId of named)
      expect(byId.get(eventId)).toMatchObject({ unproven: null, proof: expect.any(Array), leafIndex: expect.any(Number) });
    // The review of the finding is not in the task's trail: its encoding is in the ledger part all the same.
    const review = byId.get(bundle['findings'][0].reviews[0].eventId)!;
    expect(JSON.parse(review['canonical'])).toMatchObject({ type: 'FindingConfirmed' });
    for (const event of stored) expect(byId.get(event.id)!['canonical']).toBe(canonicalEventBytes(event).toString('utf8'));

    const result = verifyEvidenceBundle(bundle, { log: logKey });
    expect(result.problems).toEqual([]);
    expect(result.events.filter((event) => event.status !== 'proven')).toEqual([]);
    expect(result).toMatchObject({ ok: true, caseId, counts: { cited: ledger.events.length, failed: 0, unproven: 0 } });
    expect(verdictText(result)).toContain('KẾT LUẬN: HỢP LỆ');
  });

  it('is documented: the bundle fits the schema the OpenAPI document gives the route', async () => {
    const openapi = (await request(t.app.getHttpServer()).get('/docs/openapi.json').expect(200)).body as {
      paths: Record<string, any>;
      components: { schemas: Record<string, ShapeSchema> };
    };
    const schema = openapi.paths['/cases/{caseId}/evidence-bundle'].get.responses['200'].content['application/json'].schema as ShapeSchema;
    expect(schema.properties?.['ledger']).toBeDefined();
    expect(shapeMismatches(await download(), schema, openapi.components.schemas)).toEqual([]);
  });

  it('fails on tampering, naming the event: its data in the readable part, its canonical encoding, a proof hash; and on another key', async () => {
    const bundle = await download();
    const transferred = bundle['tasks'][0].events.findIndex((event: { type: string }) => event.type === 'TaskTransferred');
    const transfer = bundle['tasks'][0].events[transferred];

    const edited = copy(bundle);
    edited['tasks'][0].events[transferred].data.reason = 'Đúng thẩm quyền của Sở Tài nguyên và Môi trường';
    const readable = verifyEvidenceBundle(edited, { log: logKey });
    expect(readable.ok).toBe(false);
    expect(readable.events.filter((event) => event.status === 'failed')).toEqual([
      expect.objectContaining({
        eventId: transfer.id,
        type: 'TaskTransferred',
        problems: [`$.tasks[0].events[${transferred}]: trường data khác nội dung đã băm`],
      }),
    ]);
    expect(verdictText(readable)).toContain(`sự kiện ${transfer.id} (TaskTransferred)`);

    const canonical = copy(bundle);
    const entry = canonical['ledger'].events.find((candidate: { eventId: string }) => candidate.eventId === transfer.id);
    entry.canonical = entry.canonical.replace('"type":"TaskTransferred"', '"type":"TaskReturned"');
    expect(verifyEvidenceBundle(canonical, { log: logKey }).events.find((event) => event.eventId === transfer.id)).toMatchObject({
      status: 'failed',
      problems: expect.arrayContaining(['mã hóa chuẩn không khớp giá trị băm lá: nội dung sự kiện đã bị sửa']),
    });

    const proof = copy(bundle);
    const proven = proof['ledger'].events.find((candidate: { proof: string[] }) => candidate.proof.length > 0);
    proven.proof[0] = Buffer.alloc(32, 9).toString('base64');
    expect(verifyEvidenceBundle(proof, { log: logKey }).events.filter((event) => event.status === 'failed')).toEqual([
      expect.objectContaining({ eventId: proven.eventId, problems: [expect.stringContaining('không dẫn tới gốc cây của checkpoint')] }),
    ]);

    const other = verifyEvidenceBundle(bundle, { log: generateNoteKey(ORIGIN).verifier });
    expect(other.ok).toBe(false);
    expect(other.checkpoint.problems).toEqual([expect.stringContaining('Checkpoint không có chữ ký hợp lệ nào của khóa đã cho')]);
  });

  it('an event recorded after the latest checkpoint is unproven with the reason, until the next checkpoint proves it', async () => {
    await http.post(`/cases/${caseId}/decision`, homeAffairs, {
      form: 'khien_trach',
      document,
      occurredAt: '2031-06-20T15:00:00+07:00',
      limitationAcknowledged: true,
    });
    const bundle = await download();
    const decision = bundle['caseEvents'].at(-1);
    expect(decision.type).toBe('DisciplinaryCaseDecided');
    const entry = bundle['ledger'].events.find((candidate: { eventId: string }) => candidate.eventId === decision.id);
    expect(entry).toMatchObject({
      leafIndex: expect.any(Number),
      proof: null,
      unproven: { code: 'after-checkpoint', reason: expect.stringContaining('sau checkpoint') },
      canonical: canonicalEventBytes(decision).toString('utf8'),
    });
    const strict = verifyEvidenceBundle(bundle, { log: logKey });
    expect(strict).toMatchObject({ ok: false, counts: { unproven: 1, failed: 0 } });
    expect(verifyEvidenceBundle(bundle, { log: logKey }, { allowUnproven: true }).ok).toBe(true);

    expect(await publish()).not.toBeNull();
    expect(verifyEvidenceBundle(await download(), { log: logKey })).toMatchObject({ ok: true, counts: { unproven: 0 } });
  });

  it('the command, built and run as a child process: exit 0 and the verdict; 1 naming a tampered event; 2 with the usage on a bad key', async () => {
    const bundle = await download();
    const dir = mkdtempSync(join(tmpdir(), 'verify-bundle-'));
    try {
      const file = join(dir, 'bundle.json');
      const keyFile = join(dir, 'ledger.pub');
      writeFileSync(file, JSON.stringify(bundle));
      writeFileSync(keyFile, `${formatVerifierKey(signer)}\n`);
      const passed = await run('npm', ['run', '--silent', 'verify-bundle', '--', file, keyFile]);
      expect(passed).toMatchObject({ code: 0, stderr: '' });
      expect(passed.stdout).toContain('KẾT LUẬN: HỢP LỆ');
      expect(passed.stdout).toContain(`Bộ chứng cứ hồ sơ kỷ luật ${caseId}`);

      const cli = join(REPOSITORY, 'dist/apps/api/src/cli/verify-bundle.js');
      const tampered = copy(bundle);
      const event = tampered['caseEvents'][0];
      event.data.grounds = 'Không có vi phạm.';
      writeFileSync(file, JSON.stringify(tampered));
      const failed = await run(process.execPath, [cli, file, formatVerifierKey(signer)]);
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain(`sự kiện ${event.id} (DisciplinaryCaseProposed): $.caseEvents[0]: trường data khác nội dung đã băm`);
      expect(failed.stdout).toContain('KẾT LUẬN: KHÔNG HỢP LỆ');

      const badKey = await run(process.execPath, [cli, file, 'khong-phai-khoa']);
      expect(badKey.code).toBe(2);
      expect(badKey.stderr).toContain('Cách dùng: npm run verify-bundle');
      const notJson = join(dir, 'not.json');
      writeFileSync(notJson, 'không phải JSON');
      expect((await run(process.execPath, [cli, notJson, formatVerifierKey(signer)])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("carries the witnesses' cosignatures in the checkpoint's note: listed as unchecked without their key, verified with it", async () => {
    const { signer: witness, verifier: witnessKey } = generateNoteKey('nhan-chung.example/so-tu-phap', 'cosignature/v1');
    const before = (await download())['ledger'].checkpoint;
    const line = cosignCheckpoint(parseNote(before.note).text, witness, 1_782_000_000);
    const owner = new Pool({ connectionString: t.db.url, max: 1 });
    try {
      await owner.query('INSERT INTO ledger_cosignature (tree_size, witness, line) VALUES ($1, $2, $3)', [
        before.treeSize,
        witness.name,
        line.trimEnd(),
      ]);
    } finally {
      await owner.end();
    }
    const bundle = await download();
    expect(bundle['ledger'].checkpoint.note).toBe(before.note + line);
    expect(verifyEvidenceBundle(bundle, { log: logKey }).checkpoint).toMatchObject({ ok: true, unchecked: [witness.name] });
    const checked = verifyEvidenceBundle(bundle, { log: logKey, witnesses: [witnessKey] });
    expect(checked).toMatchObject({ ok: true, checkpoint: { unchecked: [], witnesses: [{ timestamp: 1_782_000_000 }] } });
    expect(verdictText(checked)).toContain(`Đồng xác nhận của nhân chứng ${witness.name}+`);
  });

  it('reveals an event edited in the database after it was hashed: its encoding no longer hashes to the stored leaf', async () => {
    const transfer = (await download())['tasks'][0].events.find((event: { type: string }) => event.type === 'TaskTransferred');
    // What the triggers stop the service's role from doing, an owner can still do: turn them off and edit.
    const owner = new Pool({ connectionString: t.db.url, max: 1 });
    try {
      await owner.query('ALTER TABLE events DISABLE TRIGGER events_no_update');
      await owner.query(`UPDATE events SET data = jsonb_set(data, '{reason}', '"Đúng thẩm quyền"') WHERE event_id = $1`, [transfer.id]);
      await owner.query('ALTER TABLE events ENABLE TRIGGER events_no_update');
    } finally {
      await owner.end();
    }
    const bundle = await download();
    expect(bundle['tasks'][0].events.find((event: { id: string }) => event.id === transfer.id).data.reason).toBe('Đúng thẩm quyền');
    const result = verifyEvidenceBundle(bundle, { log: logKey });
    expect(result.ok).toBe(false);
    expect(result.events.filter((event) => event.status === 'failed')).toEqual([
      expect.objectContaining({
        eventId: transfer.id,
        type: 'TaskTransferred',
        problems: ['mã hóa chuẩn không khớp giá trị băm lá: nội dung sự kiện đã bị sửa'],
      }),
    ]);
  });
});
