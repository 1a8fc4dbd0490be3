import { describe, expect, it } from '@jest/globals';
import { OrganisationTimeline } from '../organisation-timeline';
import { cityTimeline, context } from '../testing/org.fixture';
import { planOrgImport, type OrgImportOptions } from './org-import.plan';

const HEADER = 'record,unit_id,name,kind,parent_unit_id,category,person_id,full_name,official_code,position,valid_from,valid_to';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\r\n') + '\r\n';
const goodRowsOnly: OrgImportOptions = { mode: 'good_rows_only', context };
const allOrNothing: OrgImportOptions = { mode: 'all_or_nothing', context };

// The child office comes before its parent: rows are applied parents first.
const goodFile = csv(
  'unit,bo-phan-mot-cua,"Bộ phận Một cửa, quận Hải Châu",other,phong-noi-vu-hai-chau,,,,,,01/06/2022,',
  'unit,phong-noi-vu-hai-chau,Phòng Nội vụ,Nội vụ,ubnd-quan-hai-chau,,,,,,2021-03-01,',
  'mandate,phong-noi-vu-hai-chau,,,,home_affairs,,,,,2021-03-01,',
  'person,,,,,,ho-thi-lan,Hồ Thị Lan,DN-0100,,,',
  'appointment,phong-noi-vu-hai-chau,,,,,ho-thi-lan,,,Trưởng phòng,2021-03-01,',
  'appointment,so-xay-dung,,,,,le-van-cuong,,,staff,2021-01-01,2025-12-31',
);

describe('importing a good file', () => {
  const plan = planOrgImport({ format: 'csv', content: goodFile }, cityTimeline(), allOrNothing);

  it('plans one command per row, parents first, and the events they decide', () => {
    expect(plan.issues).toEqual([]);
    expect(plan.accepted).toBe(true);
    expect(plan.counts).toEqual({ created: 6, updated: 0, unchanged: 0, rejected: 0 });
    expect(plan.commands.map((command) => command.type)).toEqual([
      'EstablishUnit',
      'EstablishUnit',
      'RegisterPerson',
      'GrantMandate',
      'AppointPerson',
      'AppointPerson',
    ]);
    expect(plan.events.map(({ streamId, event }) => [streamId, event.type])).toEqual([
      ['unit-phong-noi-vu-hai-chau', 'UnitEstablished'],
      ['unit-bo-phan-mot-cua', 'UnitEstablished'],
      ['person-ho-thi-lan', 'PersonRegistered'],
      ['unit-phong-noi-vu-hai-chau', 'MandateGranted'],
      ['unit-phong-noi-vu-hai-chau', 'PersonAppointed'],
      ['unit-so-xay-dung', 'PersonAppointed'],
    ]);
    expect(plan.events[1]!.event.data).toEqual({
      unitId: 'bo-phan-mot-cua',
      name: 'Bộ phận Một cửa, quận Hải Châu',
      kind: 'other',
      parentUnitId: 'phong-noi-vu-hai-chau',
      validFrom: '2022-06-01',
    });
    expect(plan.events[4]!.event.data).toEqual({
      appointmentId: 'phong-noi-vu-hai-chau/ho-thi-lan/head/2021-03-01',
      unitId: 'phong-noi-vu-hai-chau',
      personId: 'ho-thi-lan',
      position: 'head',
      validFrom: '2021-03-01',
      validTo: null,
    });
  });

  it('changes nothing when imported again', () => {
    const timeline = cityTimeline();
    plan.events.forEach(({ event }) => timeline.apply(event));
    const again = planOrgImport({ format: 'csv', content: goodFile }, timeline, allOrNothing);
    expect(again.issues).toEqual([]);
    expect(again.commands).toEqual([]);
    expect(again.events).toEqual([]);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 6, rejected: 0 });
  });

  it('ends an open term when the file now gives its last day, and refuses to overwrite a name', () => {
    const timeline = cityTimeline();
    plan.events.forEach(({ event }) => timeline.apply(event));
    const changed = goodFile
      .replace('Trưởng phòng,2021-03-01,', 'Trưởng phòng,2021-03-01,2026-01-31')
      .replace('Phòng Nội vụ,Nội vụ', 'Phòng Nội vụ quận,Nội vụ');
    const next = planOrgImport({ format: 'csv', content: changed }, timeline, goodRowsOnly);
    expect(next.issues).toEqual([
      {
        index: 2,
        line: 3,
        record: 'unit',
        field: 'name',
        reason: 'Đơn vị đã có trong hệ thống với tên "Phòng Nội vụ"; đổi tên bằng quyết định đổi tên.',
      },
    ]);
    expect(next.events.map(({ event }) => event)).toEqual([
      {
        type: 'AppointmentEnded',
        data: {
          appointmentId: 'phong-noi-vu-hai-chau/ho-thi-lan/head/2021-03-01',
          unitId: 'phong-noi-vu-hai-chau',
          personId: 'ho-thi-lan',
          validTo: '2026-01-31',
        },
      },
    ]);
    expect(next.counts).toEqual({ created: 0, updated: 1, unchanged: 4, rejected: 1 });
  });
});

describe('importing a file with bad rows', () => {
  const badFile = csv(
    'unit,phong-noi-vu-hai-chau,Phòng Nội vụ,home_affairs,ubnd-quan-hai-chau,,,,,,2021-03-01,',
    'unit,ban-dan-toc,Ban Dân tộc,bộ,ubnd-tp,,,,,,2021-03-01,',
    'mandate,phong-noi-vu-hai-chau,,,,,,,,,2021-03-01,',
    'person,,,,,,vo-thi-en,"Võ Thị Én,',
    'chuyên viên",DN-0003,,,',
    'appointment,ubnd-quan-son-tra,,,,,le-van-cuong,,,staff,2021-03-01,',
    'appointment,phong-noi-vu-hai-chau,,,,,le-van-cuong,,,staff,2022-03-01,2022-02-28',
    'appointment,phong-noi-vu-hai-chau,,,,,tran-van-an,,,head,2021-03-01,',
    'appointment,phong-noi-vu-hai-chau,,,,,nguyen-thi-binh,,,head,2024-01-01,',
    'appointment,phong-noi-vu-hai-chau,,,,,vo-thi-en,,,staff,2024-01-01,',
    'unit,phong-noi-vu-hai-chau,Phòng Nội vụ,home_affairs,ubnd-quan-hai-chau,,,,,,2021-03-01,',
    'ho-so,x',
  );
  const expectedIssues = [
    { index: 2, line: 3, record: 'unit', field: 'kind', reason: 'Loại đơn vị "bộ" không được hỗ trợ.' },
    { index: 3, line: 4, record: 'mandate', field: 'category', reason: 'Trường bắt buộc chưa được nhập.' },
    { index: 4, line: 5, record: 'person', field: 'official_code', reason: 'Mã cán bộ "DN-0003" đã được cấp cho người khác.' },
    {
      index: 5,
      line: 7,
      record: 'appointment',
      field: 'unit_id',
      reason: 'Đơn vị "ubnd-quan-son-tra" không có trong tệp và chưa có trong hệ thống.',
    },
    {
      index: 6,
      line: 8,
      record: 'appointment',
      field: 'valid_to',
      reason: 'Ngày kết thúc 2022-02-28 không được trước ngày bắt đầu 2022-03-01.',
    },
    {
      index: 8,
      line: 10,
      record: 'appointment',
      field: 'position',
      reason: 'Đơn vị đã có người đứng đầu trong thời gian này; cần kết thúc bổ nhiệm hiện tại trước.',
    },
    { index: 9, line: 11, record: 'appointment', field: 'person_id', reason: 'Không tìm thấy cán bộ "vo-thi-en".' },
    { index: 10, line: 12, record: 'unit', field: 'unit_id', reason: 'Trùng với dòng 2.' },
    {
      index: 11,
      line: 13,
      record: null,
      field: 'record',
      reason: 'Loại bản ghi "ho-so" không hợp lệ (unit, mandate, person hoặc appointment).',
    },
  ];

  it('reports each bad row with its line, field and reason, and applies the good rows only when asked', () => {
    const plan = planOrgImport({ format: 'csv', content: badFile }, cityTimeline(), goodRowsOnly);
    expect(plan.issues).toEqual(expectedIssues);
    expect(plan.accepted).toBe(true);
    expect(plan.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 9 });
    expect(plan.outcomes.filter((row) => row.outcome === 'created').map((row) => row.line)).toEqual([2, 9]);
    expect(plan.events.map(({ event }) => event.type)).toEqual(['UnitEstablished', 'PersonAppointed']);
  });

  it('applies nothing in all-or-nothing mode, with the same report', () => {
    const plan = planOrgImport({ format: 'csv', content: badFile }, cityTimeline(), allOrNothing);
    expect(plan.issues).toEqual(expectedIssues);
    expect(plan.accepted).toBe(false);
    expect(plan.commands).toEqual([]);
    expect(plan.events).toEqual([]);
  });

  it('names the bad row a later row depends on', () => {
    const plan = planOrgImport(
      {
        format: 'csv',
        content: csv('unit,ban-dan-toc,Ban Dân tộc,bộ,ubnd-tp,,,,,,2021-03-01,', 'mandate,ban-dan-toc,,,,ethnic_affairs,,,,,2021-03-01,'),
      },
      cityTimeline(),
      goodRowsOnly,
    );
    expect(plan.issues[1]).toEqual({
      index: 2,
      line: 3,
      record: 'mandate',
      field: 'unit_id',
      reason: 'Đơn vị "ban-dan-toc" ở dòng 2 có lỗi nên dòng này không được áp dụng.',
    });
  });
});

describe('characters a name, id or code may not hold', () => {
  it('refuses bidi overrides, invisible and control characters, NUL and lone surrogates in any cell, naming the column', () => {
    const content = csv(
      'person,,,,,,ho-thi-lan,Hồ Thị\u202eLan,DN-0100,,,',
      'unit,phong\u200b-noi-vu,Phòng Nội vụ,home_affairs,ubnd-quan-hai-chau,,,,,,2021-03-01,',
      'person,,,,,,tran-thi-nul,Trần\u0000Nul,DN-0101,,,',
      'person,,,,,,le-thi-esc,Lê Thị Esc,DN\u001b[31m,,,',
      'unit,phong-ngoai-vu,Phòng\u2066Ngoại vụ\u2069,home_affairs,ubnd-quan-hai-chau,,,,,,2021-03-01,',
    );
    const plan = planOrgImport({ format: 'csv', content }, cityTimeline(), goodRowsOnly);
    expect(plan.issues).toEqual([
      {
        index: 1,
        line: 2,
        record: 'person',
        field: 'full_name',
        reason: 'Giá trị chứa ký tự điều khiển hướng văn bản U+202E ở vị trí 7, có thể làm sai lệch cách hiển thị.',
      },
      { index: 2, line: 3, record: 'unit', field: 'unit_id', reason: 'Giá trị chứa ký tự vô hình U+200B ở vị trí 6, không được phép.' },
      { index: 3, line: 4, record: 'person', field: 'full_name', reason: 'Giá trị chứa ký tự NUL (U+0000 ở vị trí 5), không được phép.' },
      {
        index: 4,
        line: 5,
        record: 'person',
        field: 'official_code',
        reason: 'Giá trị chứa ký tự điều khiển U+001B ở vị trí 3, không được phép.',
      },
      {
        index: 5,
        line: 6,
        record: 'unit',
        field: 'name',
        reason: 'Giá trị chứa ký tự điều khiển hướng văn bản U+2066 ở vị trí 6, có thể làm sai lệch cách hiển thị.',
      },
    ]);
    expect(plan.counts.rejected).toBe(5);
    expect(plan.events).toEqual([]);
  });

  it('refuses them in JSON records too, and keeps a line break inside a quoted CSV name as a space', () => {
    const json = JSON.stringify([{ record: 'person', person_id: 'ho-thi-lan', full_name: 'Hồ Thị Lan\ud800', official_code: 'DN-0100' }]);
    expect(planOrgImport({ format: 'json', content: json }, cityTimeline(), goodRowsOnly).issues).toEqual([
      {
        index: 1,
        line: null,
        record: 'person',
        field: 'full_name',
        reason: 'Giá trị chứa nửa cặp mã thay thế (surrogate) đứng lẻ U+D800 ở vị trí 11, không phải văn bản Unicode hợp lệ.',
      },
    ]);
    const plan = planOrgImport(
      { format: 'csv', content: csv('person,,,,,,ho-thi-lan,"Hồ Thị\r\nLan",DN-0100,,,') },
      cityTimeline(),
      goodRowsOnly,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.events.map(({ event }) => event.data)).toEqual([
      { personId: 'ho-thi-lan', fullName: 'Hồ Thị Lan', officialCode: 'DN-0100' },
    ]);
  });
});

describe('reading the file', () => {
  it('drops the BOM, keeps quoted commas and quotes, and normalises decomposed Vietnamese to NFC', () => {
    const content =
      '\uFEFF' +
      csv(
        'person,,,,,,hoang-thi-thuy,"Hoàng Thị ""Thủy""",DN-0200,,,',
        'unit,phong-van-hoa,"Phòng Văn hóa, Thông tin",office,ubnd-quan-hai-chau,,,,,,2021-03-01,',
      ).normalize('NFD');
    const plan = planOrgImport({ format: 'csv', content }, cityTimeline(), allOrNothing);
    expect(plan.issues).toEqual([]);
    expect(plan.events.map(({ event }) => event.data)).toEqual([
      {
        unitId: 'phong-van-hoa',
        name: 'Phòng Văn hóa, Thông tin',
        kind: 'office',
        parentUnitId: 'ubnd-quan-hai-chau',
        validFrom: '2021-03-01',
      },
      { personId: 'hoang-thi-thuy', fullName: 'Hoàng Thị "Thủy"', officialCode: 'DN-0200' },
    ]);
    const fullName = (plan.events[1]!.event.data as { fullName: string }).fullName;
    expect(fullName).toBe(fullName.normalize('NFC'));
    expect(fullName.length).toBe(16);
  });

  it('refuses a file with an unknown column or an unterminated quote, whatever the mode', () => {
    const unknownColumn = planOrgImport({ format: 'csv', content: 'record,unit_id,ten\nunit,a,b\n' }, cityTimeline(), goodRowsOnly);
    expect(unknownColumn.accepted).toBe(false);
    expect(unknownColumn.issues).toEqual([
      { index: 0, line: 1, record: null, field: 'file', reason: 'Cột "ten" không thuộc mẫu nhập liệu.' },
    ]);
    const open = planOrgImport({ format: 'csv', content: csv('unit,a,"Phòng') }, cityTimeline(), goodRowsOnly);
    expect(open.issues).toEqual([
      { index: 0, line: 2, record: null, field: 'file', reason: 'Thiếu dấu ngoặc kép đóng cho trường bắt đầu ở dòng này.' },
    ]);
  });

  it('reads JSON records with the same fields, reporting by record number', () => {
    const content = JSON.stringify({
      records: [
        {
          record: 'unit',
          unit_id: 'phong-noi-vu-hai-chau',
          name: 'Phòng Nội vụ',
          kind: 'home_affairs',
          parent_unit_id: 'ubnd-quan-hai-chau',
          valid_from: '2021-03-01',
        },
        { record: 'person', person_id: 'ho-thi-lan', full_name: 'Hồ Thị Lan'.normalize('NFD'), official_code: 7 },
        {
          record: 'appointment',
          unit_id: 'phong-noi-vu-hai-chau',
          person_id: 'le-van-cuong',
          position: 'deputy',
          valid_from: '2021-03-01',
          valid_to: null,
        },
      ],
    });
    const plan = planOrgImport({ format: 'json', content }, cityTimeline(), goodRowsOnly);
    expect(plan.issues).toEqual([{ index: 2, line: null, record: null, field: 'official_code', reason: 'Giá trị phải là chuỗi ký tự.' }]);
    expect(plan.events.map(({ event }) => event.type)).toEqual(['UnitEstablished', 'PersonAppointed']);
    expect(planOrgImport({ format: 'json', content: '{"units": []}' }, cityTimeline(), goodRowsOnly).issues[0]!.reason).toBe(
      'Tệp JSON phải là một mảng bản ghi hoặc một đối tượng có thuộc tính "records".',
    );
  });

  it('works against an empty organisation', () => {
    const plan = planOrgImport({ format: 'csv', content: goodFile }, new OrganisationTimeline(), goodRowsOnly);
    expect(plan.issues.map((issue) => [issue.line, issue.field])).toEqual([
      [2, 'parent_unit_id'],
      [3, 'parent_unit_id'],
      [4, 'unit_id'],
      [6, 'unit_id'],
      [7, 'unit_id'],
      [7, 'person_id'],
    ]);
    expect(plan.issues[0]!.reason).toBe('Đơn vị "phong-noi-vu-hai-chau" ở dòng 3 có lỗi nên dòng này không được áp dụng.');
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 5 });
  });
});
