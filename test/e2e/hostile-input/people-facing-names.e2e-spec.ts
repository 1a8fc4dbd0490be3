import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../support/test-app';
import { at } from '../scenarios/scenario-client';
import { s1Assignment } from '../scenarios/s1-story';
import { admin, chairman, homeAffairs, HostileClient } from './hostile-input.fixture';

const HEADER = 'record,unit_id,name,kind,parent_unit_id,category,person_id,full_name,official_code,position,valid_from,valid_to';
const bidi = (position: number, codePoint = 'U+202E') =>
  `chứa ký tự điều khiển hướng văn bản ${codePoint} ở vị trí ${position}, có thể làm sai lệch cách hiển thị`;

// Names people read must show what they are: NFC, no bidi override or isolate, no invisible or control
// character. Refused with 400 naming the field and a Vietnamese reason; the import reports the row and column.
describe('people-facing names', () => {
  let t: TestApp;
  let http: HostileClient;

  beforeAll(async () => {
    t = await startTestApp();
    http = await HostileClient.start(t);
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  it("refuses a bidi override in a person's name, in Vietnamese, and registers nobody", async () => {
    const problem = await http.refused(
      http.post(admin, '/org/persons', { personId: 'ho-thi-lan', fullName: 'Hồ Thị\u202eLan', officialCode: 'DN-0100' }),
      {
        field: 'fullName',
        reason: bidi(7),
      },
    );
    expect(problem.detail).toBe(`Dữ liệu không hợp lệ — fullName: ${bidi(7)}.`);
    await http.get(admin, '/org/persons/ho-thi-lan').expect(404);
  });

  it('refuses isolates, zero-width characters, the BOM and control characters in unit names and official codes', async () => {
    const unit = { unitId: 'phong-ngoai-vu', kind: 'home_affairs', parentUnitId: 'ubnd-tp', validFrom: '2026-01-01' };
    await http.refused(http.post(admin, '/org/units', { ...unit, name: 'Phòng\u2066 Ngoại vụ\u2069' }), {
      field: 'name',
      reason: bidi(6, 'U+2066'),
    });
    await http.refused(http.post(admin, '/org/units/so-xay-dung/renames', { name: 'Sở Xây\u200bdựng', validFrom: '2026-06-01' }), {
      field: 'name',
      reason: 'chứa ký tự vô hình U+200B ở vị trí 7, không được phép',
    });
    await http.refused(http.post(admin, '/org/units/so-xay-dung/renames', { name: '\ufeffSở Xây dựng', validFrom: '2026-06-01' }), {
      field: 'name',
      reason: /U\+FEFF/,
    });
    await http.refused(http.post(admin, '/org/persons', { personId: 'le-thi-esc', fullName: 'Lê Thị Esc', officialCode: 'DN\u001b[31m' }), {
      field: 'officialCode',
      reason: 'chứa ký tự điều khiển U+001B ở vị trí 3, không được phép',
    });
    await http.refused(http.post(admin, '/org/persons', { personId: 'le-thi-tab', fullName: 'Lê Thị\tTab', officialCode: 'DN-0101' }), {
      field: 'fullName',
      reason: /U\+0009/,
    });
    await http.refused(http.post(admin, '/org/persons', { personId: 'le-thi-c1', fullName: 'Lê Thị\u0085', officialCode: 'DN-0102' }), {
      field: 'fullName',
      reason: /U\+0085/,
    });
    await http.refused(http.post(admin, '/org/units/so-xay-dung/dissolution', { effectiveOn: '2026-07-01', reason: 'Giải thể\u001b' }), {
      field: 'reason',
      reason: /U\+001B/,
    });
  });

  it("refuses them in a task's title and document number, and in a decision's signer", async () => {
    await http.refused(http.post(chairman, '/tasks', s1Assignment('Rà soát\u202e hồ sơ', at('2026-03-02'))), {
      field: 'title',
      reason: bidi(8),
    });
    await http.refused(
      http.post(chairman, '/tasks', {
        ...s1Assignment('Rà soát hồ sơ', at('2026-03-02')),
        source: { number: '2128/\u2068UBND', date: '2026-03-02' },
      }),
      {
        field: 'source.number',
        reason: bidi(6, 'U+2068'),
      },
    );
    const document = { number: '125/QĐ-UBND', date: '2031-06-20', signer: { name: 'Trần Văn\u200f An', title: 'Chủ tịch UBND thành phố' } };
    await http.refused(http.post(homeAffairs, `/cases/${randomUUID()}/decision`, { form: 'khien_trach', document }), {
      field: 'document.signer.name',
      reason: /U\+200F/,
    });
  });

  it('stores names and titles sent decomposed (NFD) in NFC', async () => {
    const title = 'Kiểm tra công trình Hòa Cường Bắc';
    const assigned = await http.post(chairman, '/tasks', s1Assignment(title.normalize('NFD'), at('2026-03-02'))).expect(201);
    const task = await http.get(chairman, `/tasks/${assigned.body.taskId}`).expect(200);
    expect(task.body.title).toBe(title.normalize('NFC'));
    await http
      .post(admin, '/org/persons', { personId: 'nguyen-thi-nfd', fullName: 'Nguyễn Thị Ánh'.normalize('NFD'), officialCode: 'DN-0200' })
      .expect(201);
    expect((await http.get(admin, '/org/persons/nguyen-thi-nfd').expect(200)).body.fullName).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
  });

  it('an import reports the row and column of such a name and, all or nothing, writes nothing', async () => {
    const csv = [
      HEADER,
      'person,,,,,,tran-thi-mot,Trần Thị Một,IMP-1,,,',
      'person,,,,,,ho-thi-hai,Hồ Thị\u202eHai,IMP-2,,,',
      'unit,phong\u200b-ba,Phòng Ba,other,ubnd-tp,,,,,,2026-01-01,',
    ].join('\n');
    const rejected = await http.refused(http.postCsv(admin, '/org/imports', csv), { status: 422, type: 'org-import-rejected' });
    expect(rejected).toMatchObject({
      detail: 'Tệp có 2 dòng không hợp lệ; không có thay đổi nào được ghi.',
      issues: [
        { index: 2, line: 3, record: 'person', field: 'full_name', reason: `Giá trị ${bidi(7)}.` },
        { index: 3, line: 4, record: 'unit', field: 'unit_id', reason: 'Giá trị chứa ký tự vô hình U+200B ở vị trí 6, không được phép.' },
      ],
    });
    await http.get(admin, '/org/persons/tran-thi-mot').expect(404);
  });

  it('an import in JSON with a NUL is refused before it is read, naming the record and column', async () => {
    const records = [{ record: 'person', person_id: 'tran-thi-nul', full_name: 'Trần Thị\u0000Nul', official_code: 'IMP-3' }];
    await http.refused(http.post(admin, '/org/imports', records), {
      field: '0.full_name',
      reason: 'giá trị chứa ký tự NUL (U+0000 ở vị trí 9), không được phép',
    });
    await http.get(admin, '/org/persons/tran-thi-nul').expect(404);
  });
});
