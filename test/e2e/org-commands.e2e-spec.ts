import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '@lib/event-store';
import { EVENT_STORE } from '../../apps/api/src/testing';
import { apiAs, type ApiClient } from '../support/api-client';
import { city } from '../support/city.fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const admin = { personId: 'quan-tri-vien', unitId: 'so-noi-vu', roles: ['admin'] } as const;
const ID = 'phong-thi-dua-khen-thuong';
const unit = (path = '') => `/org/units/${ID}${path}`;

describe('organisation commands (admin)', () => {
  let t: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    api = apiAs(t.app, t.tokenFor({ ...admin, roles: [...admin.roles] }));
  });
  afterAll(() => t.close());

  it('establishes a unit, visible at once from its first day and not before', async () => {
    const response = await api
      .post('/org/units', {
        unitId: ID,
        name: 'Phòng Thi đua – Khen thưởng',
        kind: 'office',
        parentUnitId: 'so-noi-vu',
        validFrom: '2026-01-01',
      })
      .expect(201);
    expect(response.body).toMatchObject({
      streamId: `unit-${ID}`,
      streamVersion: 0,
      events: [
        {
          type: 'UnitEstablished',
          streamVersion: 0,
          data: { unitId: ID, name: 'Phòng Thi đua – Khen thưởng', kind: 'office', parentUnitId: 'so-noi-vu', validFrom: '2026-01-01' },
        },
      ],
    });
    const on = await api.get(`${unit()}?asOf=2026-01-01`).expect(200);
    expect(on.body).toMatchObject({
      unitId: ID,
      name: 'Phòng Thi đua – Khen thưởng',
      kind: 'office',
      parentUnitId: 'so-noi-vu',
      active: true,
    });
    await api.get(`${unit()}?asOf=2025-12-31`).expect(404);
  });

  it('registers persons, visible at once', async () => {
    await api.post('/org/persons', { personId: 'ho-thi-lan', fullName: 'Hồ Thị Lan', officialCode: 'DN-0100' }).expect(201);
    const response = await api
      .post('/org/persons', { personId: 'tran-quoc-bao', fullName: 'Trần Quốc Bảo', officialCode: 'DN-0101' })
      .expect(201);
    expect(response.body).toMatchObject({ streamId: 'person-tran-quoc-bao', events: [{ type: 'PersonRegistered' }] });
    const person = await api.get('/org/persons/ho-thi-lan').expect(200);
    expect(person.body).toEqual({
      personId: 'ho-thi-lan',
      fullName: 'Hồ Thị Lan',
      officialCode: 'DN-0100',
      appointments: [],
      delegations: [],
    });
  });

  it('designates an acting head, ends it, then appoints a head', async () => {
    const acting = await api.post(unit('/acting-heads'), { personId: 'tran-quoc-bao', validFrom: '2026-01-01' }).expect(201);
    const delegationId = acting.body.events[0].data.delegationId as string;
    expect(delegationId).toBe(`acting/${ID}/tran-quoc-bao/2026-01-01`);
    const during = await api.get(`${unit('/head')}?asOf=2026-01-15`).expect(200);
    expect(during.body).toMatchObject({
      head: null,
      actingHead: { personId: 'tran-quoc-bao' },
      inCharge: { personId: 'tran-quoc-bao', basis: 'acting_head' },
    });

    await api.post(unit(`/delegations/${encodeURIComponent(delegationId)}/end`), { validTo: '2026-01-31' }).expect(201);
    await api.post(unit('/appointments'), { personId: 'ho-thi-lan', position: 'head', validFrom: '2026-02-01' }).expect(201);
    await api.post(unit('/appointments'), { personId: 'tran-quoc-bao', position: 'deputy', validFrom: '2026-02-01' }).expect(201);
    const after = await api.get(`${unit('/head')}?asOf=2026-02-15`).expect(200);
    expect(after.body).toMatchObject({
      head: { personId: 'ho-thi-lan', position: 'head', from: '2026-02-01', to: null },
      actingHead: null,
      inCharge: { personId: 'ho-thi-lan', basis: 'head' },
    });
  });

  it('delegates authority for a period and ends the delegation early', async () => {
    const delegated = await api
      .post(unit('/delegations'), { delegationId: 'uq-07-2026', personId: 'tran-quoc-bao', validFrom: '2026-03-09', validTo: '2026-03-13' })
      .expect(201);
    expect(delegated.body.events[0]).toMatchObject({
      type: 'AuthorityDelegated',
      data: { delegationId: 'uq-07-2026', validTo: '2026-03-13' },
    });
    const during = await api.get(`${unit('/head')}?asOf=2026-03-10`).expect(200);
    expect(during.body.inCharge).toEqual({ personId: 'tran-quoc-bao', basis: 'delegated' });

    await api.post(unit('/delegations/uq-07-2026/end'), { validTo: '2026-03-10' }).expect(201);
    const cut = await api.get(`${unit('/head')}?asOf=2026-03-12`).expect(200);
    expect(cut.body).toMatchObject({ delegate: null, inCharge: { personId: 'ho-thi-lan', basis: 'head' } });
  });

  it('ends an appointment: no head after its last day', async () => {
    const appointmentId = `${ID}/ho-thi-lan/head/2026-02-01`;
    await api.post(unit(`/appointments/${encodeURIComponent(appointmentId)}/end`), { validTo: '2026-06-30' }).expect(201);
    expect((await api.get(`${unit('/head')}?asOf=2026-06-30`).expect(200)).body.head).toMatchObject({
      personId: 'ho-thi-lan',
      to: '2026-06-30',
    });
    expect((await api.get(`${unit('/head')}?asOf=2026-07-01`).expect(200)).body.head).toBeNull();
  });

  it('renames and moves the unit from a date, keeping what held before', async () => {
    await api.post(unit('/renames'), { name: 'Phòng Thi đua, Khen thưởng và Truyền thống', validFrom: '2026-04-01' }).expect(201);
    await api.post(unit('/moves'), { parentUnitId: 'van-phong-ubnd-tp', validFrom: '2026-05-01' }).expect(201);
    const before = await api.get(`${unit()}?asOf=2026-03-31`).expect(200);
    const renamed = await api.get(`${unit()}?asOf=2026-04-15`).expect(200);
    const moved = await api.get(`${unit()}?asOf=2026-05-01`).expect(200);
    expect(before.body).toMatchObject({ name: 'Phòng Thi đua – Khen thưởng', parentUnitId: 'so-noi-vu' });
    expect(renamed.body).toMatchObject({ name: 'Phòng Thi đua, Khen thưởng và Truyền thống', parentUnitId: 'so-noi-vu' });
    expect(moved.body).toMatchObject({ name: 'Phòng Thi đua, Khen thưởng và Truyền thống', parentUnitId: 'van-phong-ubnd-tp' });
  });

  it('grants a mandate and withdraws it', async () => {
    await api.post(unit('/mandates'), { category: 'emulation', validFrom: '2026-01-01' }).expect(201);
    expect((await api.get('/org/mandates?category=emulation&asOf=2026-02-01').expect(200)).body.unitIds).toEqual([ID]);
    const withdrawn = await api.post(unit('/mandates/emulation/withdrawal'), { validTo: '2026-08-31' }).expect(201);
    expect(withdrawn.body.events[0]).toMatchObject({
      type: 'MandateWithdrawn',
      data: { unitId: ID, category: 'emulation', grantedFrom: '2026-01-01', validTo: '2026-08-31' },
    });
    expect((await api.get('/org/mandates?category=emulation&asOf=2026-08-31').expect(200)).body.unitIds).toEqual([ID]);
    expect((await api.get('/org/mandates?category=emulation&asOf=2026-09-01').expect(200)).body.unitIds).toEqual([]);
  });

  it('merges a unit into a successor and dissolves another', async () => {
    await api
      .post('/org/units', {
        unitId: 'to-cong-tac-dac-biet',
        name: 'Tổ công tác đặc biệt',
        kind: 'other',
        parentUnitId: 'so-noi-vu',
        validFrom: '2026-01-01',
      })
      .expect(201);
    await api
      .post('/org/units', { unitId: 'ban-chi-dao-tam-thoi', name: 'Ban chỉ đạo tạm thời', kind: 'other', validFrom: '2026-01-01' })
      .expect(201);
    await api.post('/org/units/to-cong-tac-dac-biet/mergers', { successorUnitId: ID, effectiveOn: '2026-10-01' }).expect(201);
    await api.post('/org/units/ban-chi-dao-tam-thoi/dissolution', { effectiveOn: '2026-10-01', reason: 'Hoàn thành nhiệm vụ' }).expect(201);

    const merged = await api.get('/org/units/to-cong-tac-dac-biet?asOf=2026-10-01').expect(200);
    expect(merged.body).toMatchObject({ active: false, activity: { active: false, reason: 'merged' }, successorChain: [ID] });
    expect((await api.get('/org/units/to-cong-tac-dac-biet?asOf=2026-09-30').expect(200)).body.active).toBe(true);
    const dissolved = await api.get('/org/units/ban-chi-dao-tam-thoi?asOf=2026-10-01').expect(200);
    expect(dissolved.body).toMatchObject({ active: false, activity: { active: false, reason: 'dissolved' } });
  });

  it('replays a command sent again under the same Idempotency-Key', async () => {
    const body = { personId: 'le-hoang-nam', fullName: 'Lê Hoàng Nam', officialCode: 'DN-0102' };
    const first = await api.post('/org/persons', body, { 'Idempotency-Key': 'dang-ky-le-hoang-nam' }).expect(201);
    const again = await api.post('/org/persons', body, { 'Idempotency-Key': 'dang-ky-le-hoang-nam' }).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });

  describe('refusals', () => {
    it('answers 403 to a caller without the admin role', async () => {
      const chairman = apiAs(t.app, t.tokenFor(city.chairman));
      const response = await chairman.post('/org/persons', { personId: 'nguoi-la', fullName: 'Người Lạ', officialCode: 'X-1' }).expect(403);
      expect(response.body).toMatchObject({ status: 403, requiredRoles: ['admin'] });
      await chairman.get('/org/persons/nguoi-la').expect(404);
    });

    it('answers 400 naming each bad field', async () => {
      const response = await api
        .post(unit('/appointments'), { personId: 'ho-thi-lan', position: 'boss', validFrom: '2026-02-30', salary: 1 })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['position', 'salary', 'validFrom']);
      const move = await api.post(unit('/moves'), { validFrom: '2026-05-01' }).expect(400);
      expect(move.body.errors).toEqual([
        {
          field: 'parentUnitId',
          reason:
            'phải là mã viết thường không dấu (chữ cái, chữ số, dấu chấm, gạch dưới, gạch ngang; tối đa 100 ký tự), ví dụ so-xay-dung',
        },
      ]);
    });

    it('answers 422 with the rule for a second head overlapping the first', async () => {
      const response = await api
        .post('/org/units/so-xay-dung/appointments', { personId: 'tran-quoc-bao', position: 'head', validFrom: '2026-04-01' })
        .expect(422);
      expect(response.body).toMatchObject({
        rule: 'UNIT_HEAD_ALREADY_APPOINTED',
        context: { unitId: 'so-xay-dung', headPersonId: 'nguyen-thi-binh' },
      });
    });

    it('answers 422 for a move that would make a cycle', async () => {
      const response = await api
        .post('/org/units/ubnd-quan-hai-chau/moves', { parentUnitId: 'phong-quan-ly-do-thi', validFrom: '2026-04-01' })
        .expect(422);
      expect(response.body).toMatchObject({ rule: 'UNIT_CYCLE', errors: [{ field: 'parentUnitId' }] });
    });

    it('answers 422 for an appointment to a merged unit after the merger', async () => {
      const response = await api
        .post('/org/units/so-ke-hoach-dau-tu/appointments', { personId: 'le-van-cuong', position: 'staff', validFrom: '2025-06-01' })
        .expect(422);
      expect(response.body).toMatchObject({ rule: 'UNIT_ENDED', errors: [{ field: 'validFrom' }] });
    });

    it('answers 422 with its rule to every command repeating a state already recorded, and writes nothing', async () => {
      const store = t.app.get<EventStore>(EVENT_STORE);
      const logEnd = (await store.health()).lastGlobalPosition;
      const unitEvents = (await store.readStream(`unit-${ID}`)).length;
      const repeats: Array<[string, object, string]> = [
        [
          '/org/units',
          { unitId: ID, name: 'Phòng Thi đua – Khen thưởng', kind: 'office', parentUnitId: 'so-noi-vu', validFrom: '2026-01-01' },
          'UNIT_ALREADY_ESTABLISHED',
        ],
        ['/org/persons', { personId: 'ho-thi-lan', fullName: 'Hồ Thị Lan', officialCode: 'DN-0100' }, 'PERSON_ALREADY_REGISTERED'],
        [unit('/renames'), { name: 'Phòng Thi đua, Khen thưởng và Truyền thống', validFrom: '2026-04-01' }, 'UNIT_NAME_UNCHANGED'],
        [unit('/moves'), { parentUnitId: 'van-phong-ubnd-tp', validFrom: '2026-05-01' }, 'UNIT_PARENT_UNCHANGED'],
        [unit('/appointments'), { personId: 'tran-quoc-bao', position: 'deputy', validFrom: '2026-02-01' }, 'APPOINTMENT_ID_TAKEN'],
        [
          unit('/appointments'),
          { appointmentId: 'qd-khac', personId: 'tran-quoc-bao', position: 'deputy', validFrom: '2026-02-01' },
          'APPOINTMENT_OVERLAPS',
        ],
        [
          unit(`/appointments/${encodeURIComponent(`${ID}/ho-thi-lan/head/2026-02-01`)}/end`),
          { validTo: '2026-06-30' },
          'APPOINTMENT_ALREADY_ENDED',
        ],
        [unit('/acting-heads'), { personId: 'tran-quoc-bao', validFrom: '2026-01-01' }, 'APPOINTMENT_ID_TAKEN'],
        [
          unit('/delegations'),
          { delegationId: 'uq-07-2026', personId: 'tran-quoc-bao', validFrom: '2026-03-09', validTo: '2026-03-13' },
          'APPOINTMENT_ID_TAKEN',
        ],
        [unit('/delegations/uq-07-2026/end'), { validTo: '2026-03-10' }, 'APPOINTMENT_ALREADY_ENDED'],
        [unit('/mandates'), { category: 'emulation', validFrom: '2026-01-01' }, 'MANDATE_OVERLAPS'],
        [unit('/mandates/emulation/withdrawal'), { validTo: '2026-08-31' }, 'MANDATE_ALREADY_WITHDRAWN'],
        [unit('/mandates/emulation/withdrawal'), { validTo: '2026-08-31' }, 'MANDATE_ALREADY_WITHDRAWN'],
        ['/org/units/to-cong-tac-dac-biet/mergers', { successorUnitId: ID, effectiveOn: '2026-10-01' }, 'UNIT_ENDED'],
        ['/org/units/ban-chi-dao-tam-thoi/dissolution', { effectiveOn: '2026-10-01', reason: 'Hoàn thành nhiệm vụ' }, 'UNIT_ENDED'],
      ];
      const answered = [];
      for (const [path, body] of repeats) {
        const response = await api.post(path, body);
        answered.push({ path, status: response.status, rule: response.body.rule, contentType: response.headers['content-type'] });
      }
      expect(answered).toEqual(
        repeats.map(([path, , rule]) => ({ path, status: 422, rule, contentType: expect.stringMatching(/^application\/problem\+json/) })),
      );
      expect((await store.health()).lastGlobalPosition).toBe(logEnd);
      expect(await store.readStream(`unit-${ID}`)).toHaveLength(unitEvents);
    });

    it('answers 422 when an official code is taken, and 404 for a unit or appointment that does not exist', async () => {
      const taken = await api
        .post('/org/persons', { personId: 'ho-thi-lan-2', fullName: 'Hồ Thị Lan', officialCode: 'DN-0100' })
        .expect(422);
      expect(taken.body).toMatchObject({ rule: 'PERSON_OFFICIAL_CODE_TAKEN' });
      const unknown = await api.post('/org/units/khong-ton-tai/renames', { name: 'Tên mới', validFrom: '2026-04-01' }).expect(404);
      expect(unknown.body).toMatchObject({ rule: 'UNIT_NOT_FOUND', context: { unitId: 'khong-ton-tai' } });
      const noAppointment = await api.post(unit('/appointments/khong-co/end'), { validTo: '2026-04-01' }).expect(404);
      expect(noAppointment.body).toMatchObject({ rule: 'APPOINTMENT_NOT_FOUND' });
    });
  });
});
