import { describe, expect, it } from '@jest/globals';
import {
  appendSignatureLines,
  canonicalEventBytes,
  cosignCheckpoint,
  formatVerifierKey,
  generateNoteKey,
  inclusionPathOf,
  leafHashOfEvent,
  rootOf,
  signCheckpoint,
  type LedgerEvent,
} from '@lib/ledger';
import {
  BundleFileError,
  citedEventIds,
  parseVerifyArguments,
  resolveKeyArgument,
  UsageError,
  verdictText,
  verifyEvidenceBundle,
  type BundleLedger,
} from './index';

const ORIGIN = 'thu-nghiem.example/trach-nhiem';
const TASK = '11111111-1111-4111-8111-111111111111';
const CASE = '22222222-2222-4222-8222-222222222222';
const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function event(n: number, streamId: string, streamVersion: number, type: string, data: Record<string, unknown>): LedgerEvent {
  return {
    globalPosition: n + 100,
    id: id(n),
    streamId,
    streamVersion,
    type,
    data,
    metadata: { actor: { personId: 'le-van-cuong', unitId: 'so-xay-dung' }, occurredAt: `2026-03-0${n}T09:00:00+07:00`, schemaVersion: 1 },
    recordedAt: `2026-03-0${n}T02:00:00.000Z`,
  };
}

// The log: a task's four events, an organisation event the bundle does not cite, the case's two events; then one
// case event recorded after the checkpoint.
const log: LedgerEvent[] = [
  event(1, `task-${TASK}`, 0, 'TaskAssigned', { title: 'Cấp phép xây dựng', unitId: 'so-xay-dung' }),
  event(2, `task-${TASK}`, 1, 'TaskTransferred', { toUnitId: 'so-tn-mt', reason: 'Không thuộc chức năng' }),
  event(3, 'unit-so-noi-vu', 0, 'UnitRegistered', { name: 'Sở Nội vụ' }),
  event(4, `task-${TASK}`, 2, 'TaskReturned', { reason: 'Trả lại' }),
  event(5, `task-${TASK}`, 3, 'TaskCompleted', {}),
  event(6, `disciplinary_case-${CASE}`, 0, 'DisciplinaryCaseProposed', { caseId: CASE, grounds: 'Chuyển sai thẩm quyền' }),
  event(7, `disciplinary_case-${CASE}`, 1, 'DisciplinaryCaseReviewStarted', { caseId: CASE }),
];
const late = event(8, `disciplinary_case-${CASE}`, 2, 'DisciplinaryCaseDecided', { caseId: CASE, form: 'khien_trach' });
const leaves = log.map(leafHashOfEvent);
const { signer: logSigner, verifier: logKey } = generateNoteKey(ORIGIN);
const { signer: witnessSigner, verifier: witnessKey } = generateNoteKey('nhan-chung.example/so-tu-phap', 'cosignature/v1');
const body = `${ORIGIN}\n${log.length}\n${rootOf(leaves).toString('base64')}\n`;
const signedNote = signCheckpoint({ origin: ORIGIN, size: log.length, rootHash: rootOf(leaves), extensions: [] }, logSigner);
const cosignedNote = appendSignatureLines(signedNote, cosignCheckpoint(body, witnessSigner, 1_780_000_000));

const stored = (e: LedgerEvent) => ({ ...e, checkpoint: String(e.globalPosition) });
const summary = (e: LedgerEvent) => ({
  eventId: e.id,
  type: e.type,
  streamVersion: e.streamVersion,
  globalPosition: e.globalPosition,
  occurredAt: (e.metadata as { occurredAt: string }).occurredAt,
  recordedAt: e.recordedAt,
});

function ledgerEntry(e: LedgerEvent) {
  const index = log.findIndex((known) => known.id === e.id);
  if (index < 0)
    return {
      eventId: e.id,
      leafIndex: null,
      canonical: canonicalEventBytes(e).toString('utf8'),
      leafHash: null,
      proof: null,
      unproven: { code: 'not-hashed-yet', reason: 'Sự kiện vừa được ghi, sổ cái chưa băm tới.' },
    };
  return {
    eventId: e.id,
    leafIndex: index,
    canonical: canonicalEventBytes(e).toString('utf8'),
    leafHash: leaves[index]!.toString('base64'),
    proof: inclusionPathOf(leaves, index).map((hash) => hash.toString('base64')),
    unproven: null,
  };
}

/** A bundle as the server writes it: a case with two steps, one finding citing two task events, the task's trail. */
function bundle(options: { withLate?: boolean; note?: string } = {}): any {
  const caseEvents = options.withLate ? [log[5]!, log[6]!, late] : [log[5]!, log[6]!];
  const task = [log[0]!, log[1]!, log[3]!, log[4]!];
  const readable = {
    format: 'disciplinary-case-evidence-bundle',
    version: 2,
    generatedAt: '2031-06-30T02:00:00.000Z',
    generatedBy: { personId: 'thanh-tra', unitId: 'thanh-tra-tp' },
    asOf: '2031-06-02T02:00:00.000Z',
    case: {
      caseId: CASE,
      proposal: { eventId: log[5]!.id, occurredAt: '2026-03-06T09:00:00+07:00', recordedAt: log[5]!.recordedAt },
      events: caseEvents.map(summary),
    },
    caseEvents: caseEvents.map(stored),
    findings: [
      {
        id: 'f-1',
        detectedBy: { eventId: log[3]!.id, globalPosition: log[3]!.globalPosition },
        evidence: [log[1]!, log[3]!].map((e) => ({ ...summary(e), actor: { personName: 'Lê Văn Cường' }, data: e.data })),
      },
    ],
    tasks: [
      { taskId: TASK, events: task.map(stored), custody: { intervals: [{ openedByEventId: log[0]!.id, closedByEventId: log[1]!.id }] } },
    ],
  };
  const ledger: BundleLedger = {
    origin: ORIGIN,
    verifierKey: formatVerifierKey(logKey),
    checkpoint: {
      treeSize: log.length,
      rootHash: rootOf(leaves).toString('base64'),
      note: options.note ?? signedNote,
      publishedAt: '2031-06-30T01:59:00.000Z',
    },
    events: citedEventIds(readable).map((eventId) => ledgerEntry([...log, late].find((e) => e.id === eventId)!)) as BundleLedger['events'],
  };
  return JSON.parse(JSON.stringify({ ...readable, ledger }));
}

describe('the evidence bundle verifier', () => {
  it('cites every event the bundle includes or names, each once, the uncited organisation event left out', () => {
    expect(citedEventIds(bundle())).toEqual(expect.arrayContaining([0, 1, 3, 4, 5, 6].map((i) => log[i]!.id)));
    expect(citedEventIds(bundle())).not.toContain(log[2]!.id);
    expect(new Set(citedEventIds(bundle())).size).toBe(citedEventIds(bundle()).length);
  });

  it('verifies an honest bundle: signed checkpoint, leaf hashes, proofs, the readable part; says so in Vietnamese', () => {
    const result = verifyEvidenceBundle(bundle(), { log: logKey });
    expect(result).toMatchObject({ ok: true, caseId: CASE, counts: { cited: 6, proven: 6, unproven: 0, failed: 0 }, problems: [] });
    expect(result.checkpoint).toMatchObject({ ok: true, treeSize: 7, problems: [], unchecked: [] });
    const text = verdictText(result);
    expect(text).toContain('KẾT LUẬN: HỢP LỆ');
    expect(text).toContain('30/06/2031 08:59 (giờ Việt Nam)');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('fails on an edited event in the readable part, naming the event, its type and what differs', () => {
    const edited = bundle();
    edited.tasks[0].events[1].data.reason = 'Thuộc chức năng Sở TN&MT';
    const result = verifyEvidenceBundle(edited, { log: logKey });
    expect(result.ok).toBe(false);
    expect(result.events.find((e) => e.status === 'failed')).toMatchObject({
      eventId: log[1]!.id,
      type: 'TaskTransferred',
      problems: ['$.tasks[0].events[1]: trường data khác nội dung đã băm'],
    });
    expect(verdictText(result)).toContain(
      `sự kiện ${log[1]!.id} (TaskTransferred): $.tasks[0].events[1]: trường data khác nội dung đã băm`,
    );
  });

  it("fails on an edited summary: a finding's evidence, a step's time", () => {
    const edited = bundle();
    edited.findings[0].evidence[1].data.reason = 'Khác';
    edited.case.proposal.occurredAt = '2026-03-07T09:00:00+07:00';
    const failed = verifyEvidenceBundle(edited, { log: logKey }).events.filter((e) => e.status === 'failed');
    expect(failed.map((e) => [e.eventId, e.problems])).toEqual([
      [log[5]!.id, ['$.case.proposal: trường occurredAt khác nội dung đã băm']],
      [log[3]!.id, ['$.findings[0].evidence[1]: trường data khác nội dung đã băm']],
    ]);
  });

  it('fails on an edited canonical encoding, and on an edited encoding with its leaf hash', () => {
    const edited = bundle();
    edited.ledger.events[0].canonical = edited.ledger.events[0].canonical.replace('Chuyển sai', 'Chuyển đúng');
    expect(verifyEvidenceBundle(edited, { log: logKey }).events[0]!.problems).toContain(
      'mã hóa chuẩn không khớp giá trị băm lá: nội dung sự kiện đã bị sửa',
    );
    const rehashed = bundle();
    const forged = { ...log[5]!, data: { caseId: CASE, grounds: 'Chuyển đúng thẩm quyền' } };
    rehashed.ledger.events[0].canonical = canonicalEventBytes(forged).toString('utf8');
    rehashed.ledger.events[0].leafHash = leafHashOfEvent(forged).toString('base64');
    rehashed.caseEvents[0].data = forged.data;
    const result = verifyEvidenceBundle(rehashed, { log: logKey });
    expect(result.ok).toBe(false);
    expect(result.events[0]!.problems).toEqual([
      'chứng minh thuộc cây không dẫn tới gốc cây của checkpoint: sự kiện, vị trí lá hoặc chứng minh đã bị sửa',
    ]);
  });

  it('fails on an edited proof hash, a wrong leaf index, a proof of the wrong length', () => {
    const edited = bundle();
    edited.ledger.events[1].proof[0] = Buffer.alloc(32, 7).toString('base64');
    edited.ledger.events[2].leafIndex = 2;
    edited.ledger.events[3].proof.pop();
    const result = verifyEvidenceBundle(edited, { log: logKey });
    expect(result.counts.failed).toBe(3);
    expect(result.events[3]!.problems[0]).toMatch(/^chứng minh thuộc cây có \d giá trị băm, cần \d$/);
  });

  it('fails on the signature with another key, or a checkpoint edited after signing', () => {
    const other = generateNoteKey(ORIGIN).verifier;
    const result = verifyEvidenceBundle(bundle(), { log: other });
    expect(result.ok).toBe(false);
    expect(result.checkpoint.problems[0]).toContain('Checkpoint không có chữ ký hợp lệ nào của khóa đã cho');
    expect(result.keyNotice).toContain('khác khóa đã dùng');
    expect(verdictText(result)).toContain('KẾT LUẬN: KHÔNG HỢP LỆ (checkpoint không được xác thực)');

    const forgedRoot = Buffer.alloc(32, 1).toString('base64');
    const edited = bundle({ note: signedNote.replace(rootOf(leaves).toString('base64'), forgedRoot) });
    edited.ledger.checkpoint.rootHash = forgedRoot;
    expect(verifyEvidenceBundle(edited, { log: logKey }).checkpoint.problems[0]).toContain('checkpoint đã bị sửa sau khi ký');
  });

  it("lists witnesses' cosignatures it cannot check, verifies those given, fails when a given witness did not cosign", () => {
    const cosigned = bundle({ note: cosignedNote });
    expect(verifyEvidenceBundle(cosigned, { log: logKey }).checkpoint).toMatchObject({ ok: true, unchecked: [witnessKey.name] });
    const checked = verifyEvidenceBundle(cosigned, { log: logKey, witnesses: [witnessKey] });
    expect(checked.checkpoint).toMatchObject({ ok: true, unchecked: [], witnesses: [{ timestamp: 1_780_000_000 }] });
    expect(verdictText(checked)).toContain(`Đồng xác nhận của nhân chứng ${witnessKey.name}+`);
    const missing = verifyEvidenceBundle(bundle(), { log: logKey, witnesses: [witnessKey] });
    expect(missing.checkpoint.problems).toEqual([expect.stringContaining('không đồng xác nhận checkpoint này')]);
  });

  it('reports an event recorded after the checkpoint as unproven: a failure, unless --allow-unproven', () => {
    const result = verifyEvidenceBundle(bundle({ withLate: true }), { log: logKey });
    expect(result.ok).toBe(false);
    expect(result.events.find((e) => e.eventId === late.id)).toMatchObject({ status: 'unproven', type: 'DisciplinaryCaseDecided' });
    expect(verdictText(result)).toContain('(DisciplinaryCaseDecided): chưa có chứng minh. Sự kiện vừa được ghi');
    const allowed = verifyEvidenceBundle(bundle({ withLate: true }), { log: logKey }, { allowUnproven: true });
    expect(allowed).toMatchObject({ ok: true, counts: { proven: 6, unproven: 1 } });
    // Without a checkpoint nothing is proven, whatever the option.
    const none = bundle();
    none.ledger.checkpoint = null;
    for (const entry of none.ledger.events)
      Object.assign(entry, { proof: null, unproven: { code: 'no-checkpoint', reason: 'Chưa có checkpoint.' } });
    expect(verifyEvidenceBundle(none, { log: logKey }, { allowUnproven: true }).ok).toBe(false);
  });

  it('fails when an event is taken out of a trail, or a cited event out of the ledger part', () => {
    const cut = bundle();
    cut.tasks[0].events.splice(1, 1);
    expect(verifyEvidenceBundle(cut, { log: logKey }).problems).toEqual([
      '$.tasks[0].events[1] có phiên bản 2, cần 1: luồng sự kiện bị thiếu hoặc đảo thứ tự.',
      '$.tasks[0].events[2] có phiên bản 3, cần 2: luồng sự kiện bị thiếu hoặc đảo thứ tự.',
    ]);
    const unlisted = bundle();
    unlisted.ledger.events = unlisted.ledger.events.filter((entry: { eventId: string }) => entry.eventId !== log[0]!.id);
    const result = verifyEvidenceBundle(unlisted, { log: logKey });
    expect(result.events.find((e) => e.eventId === log[0]!.id)).toMatchObject({
      status: 'failed',
      citedAt: ['$.tasks[0].events[0]', '$.tasks[0].custody.intervals[0].openedByEventId'],
    });
  });

  it('refuses a file that is not a bundle, or a bundle without its ledger part, as a usage error', () => {
    expect(() => verifyEvidenceBundle({ hello: 1 }, { log: logKey })).toThrow(BundleFileError);
    const { ledger: _ledger, ...v1 } = bundle();
    expect(() => verifyEvidenceBundle({ ...v1, version: 1 }, { log: logKey })).toThrow(/không có phần sổ cái/);
  });

  it('reads its arguments and keys: a key string, a file holding it, the wrong type refused', () => {
    expect(parseVerifyArguments(['b.json', 'k', '--witness', 'w1', '--witness=w2', '--allow-unproven'])).toEqual({
      bundlePath: 'b.json',
      key: 'k',
      witnesses: ['w1', 'w2'],
      allowUnproven: true,
    });
    expect(parseVerifyArguments(['--help'])).toBe('help');
    expect(() => parseVerifyArguments(['b.json'])).toThrow(UsageError);
    expect(() => parseVerifyArguments(['b.json', 'k', '--strict'])).toThrow('Tùy chọn không có: --strict.');
    const keyText = formatVerifierKey(logKey);
    const none = () => undefined;
    expect(resolveKeyArgument(keyText, 'ed25519', 'Khóa sổ cái', none).keyId).toBe(logKey.keyId);
    const file = (path: string) => (path === 'key.txt' ? `verifier key (public): ${keyText}\n` : undefined);
    expect(resolveKeyArgument('key.txt', 'ed25519', 'Khóa sổ cái', file).keyId).toBe(logKey.keyId);
    expect(() => resolveKeyArgument('missing.txt', 'ed25519', 'Khóa sổ cái', file)).toThrow(UsageError);
    expect(() => resolveKeyArgument(formatVerifierKey(witnessKey), 'ed25519', 'Khóa sổ cái', none)).toThrow(
      'Khóa sổ cái phải là khóa ed25519, không phải khóa cosignature/v1.',
    );
  });
});
