import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ScenarioClient, type Person } from '../scenarios/scenario-client';
import { playS1 } from '../scenarios/s1-story';
import { playStory } from '../scenarios/story-driver';
import { s5OverHttp } from '../scenarios/stories-over-http';
import { ReadModelClient } from './read-model-client';

// GET /tasks?q=: the title, the source document's number and the start of the task id, diacritics and case aside.
// S1 (2 March 2026, dispatch 2128/UBND-TH) goes to Sở Xây dựng; S5 (23 March, 905/UBND-QLĐT) to Phòng QLĐT of Hải Châu.
const { chairman, binh } = city;
const S1_TITLE = 'Kiểm tra trật tự Xây dựng đô thị tại phường Hòa Cường Bắc';
const S5_TITLE = 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 25 đường Trần Phú';
const OTHER_TITLE = 'Báo cáo tình hình giải ngân vốn đầu tư công quý I';
const QLDT = 'phong-quan-ly-do-thi';

describe('GET /tasks?q= — search that ignores diacritics and case', () => {
  let t: TestApp;
  let rm: ReadModelClient;
  let s1: string;
  let s5: string;
  let other: string;

  beforeAll(async () => {
    t = await startTestApp();
    const api = new ScenarioClient(t);
    rm = new ReadModelClient(t);
    s1 = await playS1(api, S1_TITLE);
    s5 = await playStory(api, s5OverHttp('submission', S5_TITLE, { submitted: { text: 'Kính trình Chủ tịch' } }));
    other = await playStory(api, s5OverHttp('difficulty', OTHER_TITLE, { completed: { text: 'Đã báo cáo' } }));
    await projectionsCaughtUp(t.app);
  });
  afterAll(() => t.close());

  const found = async (query: string, who: Person = chairman): Promise<string[]> => {
    const page = await rm.get(`/tasks?${query}`, who);
    expect(page['nextCursor']).toBeNull();
    return (page['items'] as Array<{ id: string }>).map((item) => item.id);
  };
  const q = (text: string): string => `q=${encodeURIComponent(text)}`;

  it('finds "Xây dựng" typed without marks, in any case', async () => {
    expect(await found('')).toEqual([s1, ...[s5, other].sort()]);
    expect(await found(q('xay dung'))).toEqual([s1, s5]);
    expect(await found(q('DUNG'))).toEqual([s1, s5]);
    expect(await found(q('Xây Dựng'))).toEqual([s1, s5]);
  });

  it('finds "đô thị" as "ĐÔ THỊ" or "do thi"', async () => {
    expect(await found(q('ĐÔ THỊ'))).toEqual([s1]);
    expect(await found(q('do thi'))).toEqual([s1]);
  });

  it('needs every word, in either order', async () => {
    expect(await found(q('tran phu giay phep'))).toEqual([s5]);
    expect(await found(q('giay phep tran phu'))).toEqual([s5]);
    expect(await found(q('giay phep hoa cuong'))).toEqual([]);
  });

  it('finds the source document by its number and the task by the start of its id', async () => {
    expect(await found(q('2128/ubnd'))).toEqual([s1]);
    expect(await found(q('905/UBND-QLĐT'))).toEqual([s5, other].sort());
    expect(await found(q(s5.slice(0, 8)))).toEqual([s5]);
    expect(await found(q(s5.slice(0, 8).toUpperCase()))).toEqual([s5]);
  });

  it('takes % and _ as the characters themselves, not as wildcards', async () => {
    expect(await found(q('%'))).toEqual([]);
    expect(await found(q('x_y d%ng'))).toEqual([]);
    expect(await found(q('\\'))).toEqual([]);
  });

  it('answers an empty page when nothing matches', async () => {
    expect(await rm.get(`/tasks?${q('không có nhiệm vụ nào như thế')}`, chairman)).toMatchObject({ items: [], nextCursor: null });
  });

  it('combined with a unit, stays inside the unit', async () => {
    expect(await found(`unit=${QLDT}`)).toEqual([s5, other].sort());
    expect(await found(`${q('xay dung')}&unit=${QLDT}`)).toEqual([s5]);
    expect(await found(`${q('do thi')}&unit=${QLDT}`)).toEqual([]);
  });

  it('keeps to the reader’s jurisdiction: the head of Sở Xây dựng does not find Phòng QLĐT’s task by its title', async () => {
    expect(await found(q('giay phep'), chairman)).toEqual([s5]);
    expect(await found(q('giay phep'), binh)).toEqual([]);
    expect(await found(q('xay dung'), binh)).toEqual([s1]);
  });

  it('refuses a search longer than 200 characters, or only spaces, with a 400 naming q in Vietnamese', async () => {
    for (const text of ['a'.repeat(201), '   ']) {
      const problem = await rm.get(`/tasks?${q(text)}`, chairman, 400);
      expect(problem).toMatchObject({ status: 400, errors: [{ field: 'q' }] });
      expect(problem['detail']).toMatch(/^Tham số q không hợp lệ: /);
    }
    expect(await found(q(` ${'a'.repeat(199)} `))).toEqual([]);
  });
});
