import { expect } from '@jest/globals';
import request from 'supertest';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import type { TestApp } from '../../support/test-app';

/** A person of the scenario city (test/support/city.fixture.ts), as the token names them. */
export type Person = Parameters<TestApp['tokenFor']>[0];

export interface CommandSummary {
  taskId: string;
  streamVersion: number;
  events: Array<{ eventId: string; type: string; streamVersion: number; globalPosition: number; occurredAt: string; recordedAt: string }>;
}

export interface TrailEvent {
  id: string;
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  type: string;
  data: Record<string, unknown>;
  metadata: { actor: { personId: string; unitId: string }; occurredAt: string; commandId: string; schemaVersion: number };
  recordedAt: string;
}

/** One expected entry of a task's trail: who recorded it, when it happened (as sent) and what it says. */
export interface ExpectedEntry {
  type: string;
  by: Person;
  at: string;
  data?: Record<string, unknown>;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  rule: string;
  context?: Record<string, unknown>;
  errors?: Array<{ field: string; reason: string }>;
}

/** A local time of the story in Asia/Ho_Chi_Minh: at('2026-03-02', '08:30') → 2026-03-02T08:30:00+07:00. */
export const at = (date: string, time = '09:00'): string => `${date}T${time}:00+07:00`;

/** The end of a working day in Asia/Ho_Chi_Minh, as deadlines end (Civil Code Art. 148). */
export const endOf = (date: string): string => `${date}T23:59:59.999+07:00`;

/** How the service stores an instant: UTC, ISO 8601 with milliseconds. */
export const utc = (instant: string): string => new Date(instant).toISOString();

/** The stored form of a holder or counterpart: a unit, and the person when known. */
export const unitParty = (unitId: string): { unitId: string } => ({ unitId });
export const person = (who: Person): { unitId: string; personId: string } => ({ unitId: who.unitId, personId: who.personId });

/** Speaks to the app over HTTP as the people of the story, each with their own bearer token. */
export class ScenarioClient {
  constructor(private readonly t: TestApp) {}

  private post(who: Person, path: string, body: object): request.Test {
    return request(this.t.app.getHttpServer())
      .post(path)
      .set('Authorization', `Bearer ${this.t.tokenFor(who)}`)
      .send(body);
  }

  private get(path: string, who: Person): request.Test {
    return request(this.t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${this.t.tokenFor(who)}`);
  }

  /** POST /tasks: asserts 201, the Location of the new task and a single TaskAssigned at version 0. */
  async assign(who: Person, body: Record<string, unknown> & { occurredAt: string }): Promise<string> {
    const response = await this.post(who, '/tasks', body);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    const summary = response.body as CommandSummary;
    expect(response.headers['location']).toBe(`/tasks/${summary.taskId}`);
    expect(summary).toEqual({
      taskId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      streamVersion: 0,
      events: [this.summaryOf('TaskAssigned', 0, body.occurredAt)],
    });
    return summary.taskId;
  }

  /**
   * POST /tasks/{id}/{action} as `who`: asserts 201 and that exactly the expected events were
   * recorded, in order, at the next stream versions, with `occurredAt` as sent.
   */
  async act(
    who: Person,
    taskId: string,
    action: string,
    body: Record<string, unknown> & { occurredAt: string },
    types: string[],
  ): Promise<CommandSummary> {
    const response = await this.post(who, `/tasks/${taskId}/${action}`, body);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    const summary = response.body as CommandSummary;
    const first = summary.streamVersion - types.length + 1;
    expect(summary).toEqual({
      taskId,
      streamVersion: expect.any(Number),
      events: types.map((type, index) => this.summaryOf(type, first + index, body.occurredAt)),
    });
    return summary;
  }

  /** A command the story says cannot happen: asserts the RFC 7807 answer with its rule code and Vietnamese detail. */
  async refused(who: Person, path: string, body: object, expected: { status?: number; rule: string; detail: string }): Promise<Problem> {
    const response = await this.post(who, path, body);
    expect({ status: response.status, contentType: response.headers['content-type'] }).toEqual({
      status: expected.status ?? 422,
      contentType: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(response.body).toMatchObject({
      type: expect.stringContaining('/problems/domain-rule-violated'),
      title: 'Domain rule violated',
      status: expected.status ?? 422,
      rule: expected.rule,
      detail: expected.detail,
      instance: path,
    });
    return response.body as Problem;
  }

  async trail(taskId: string, reader: Person): Promise<TrailEvent[]> {
    const response = await this.get(`/tasks/${taskId}/events`, reader).expect(200);
    expect(response.body.taskId).toBe(taskId);
    return response.body.events as TrailEvent[];
  }

  async state(taskId: string, reader: Person): Promise<Record<string, unknown>> {
    const response = await this.get(`/tasks/${taskId}`, reader).expect(200);
    return response.body as Record<string, unknown>;
  }

  /** GET /tasks/{id}/events: the whole trail, exactly these entries, in order, versions 0..n-1. */
  async expectTrail(taskId: string, reader: Person, expected: ExpectedEntry[]): Promise<TrailEvent[]> {
    const events = await this.trail(taskId, reader);
    expect(events.map((event) => event.type)).toEqual(expected.map((entry) => entry.type));
    expect(events.map((event) => event.streamVersion)).toEqual(expected.map((_, index) => index));
    events.forEach((event, index) => {
      const entry = expected[index]!;
      expect(event).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        streamId: `task-${taskId}`,
        type: entry.type,
        data: entry.data ?? {},
        metadata: {
          actor: { personId: entry.by.personId, unitId: entry.by.unitId },
          occurredAt: utc(entry.at),
          commandId: expect.any(String),
          schemaVersion: 1,
        },
      });
    });
    const positions = events.map((event) => event.globalPosition);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    return events;
  }

  /**
   * GET /findings?task=… once every projection has caught up: each finding reduced to its rule, who answers
   * (person or unit head), the supervising head and its status, in the order the service lists them.
   */
  async findings(taskId: string, reader: Person): Promise<FoundFinding[]> {
    await projectionsCaughtUp(this.t.app);
    const response = await this.get(`/findings?task=${taskId}&limit=200`, reader).expect(200);
    return (response.body.items as Array<Record<string, any>>).map((item) => ({
      id: item['id'],
      ruleCode: item['ruleCode'],
      status: item['status'],
      responsible: item['responsible'].map((party: Record<string, string | null>) => party['personId'] ?? party['unitId']),
      supervisory: item['supervisory'].map((party: Record<string, string>) => party['personId']),
      explanation: item['explanation'],
    }));
  }

  private summaryOf(type: string, streamVersion: number, occurredAt: string): unknown {
    return {
      eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type,
      streamVersion,
      globalPosition: expect.any(Number),
      occurredAt: utc(occurredAt),
      recordedAt: expect.any(String),
    };
  }
}

export interface FoundFinding {
  id: string;
  ruleCode: string;
  status: string;
  responsible: string[];
  supervisory: string[];
  explanation: string;
}

/** The Vietnamese details of the rules these stories run into (libs/domain/task/src/task.errors.ts). */
export const DETAIL = {
  notHolder: 'Chỉ người hoặc đơn vị đang giữ nhiệm vụ (hoặc lãnh đạo đơn vị đó) mới được thực hiện thao tác này.',
  notConsulted: 'Đơn vị này không được xin ý kiến trong đợt này.',
  notMember: 'Người ghi nhận không thuộc (và không được ủy quyền cho) đơn vị này.',
  alreadyAnswered: 'Đơn vị đã cho ý kiến với quan điểm này; chỉ ghi nhận lại khi thay đổi quan điểm.',
  submissionPending: 'Nhiệm vụ đang chờ cấp trên chỉ đạo về lần trình trước.',
  noPendingSubmission: 'Không có nội dung trình nào đang chờ chỉ đạo.',
  alreadyAssigned: 'Nhiệm vụ đã được giao cho đơn vị chủ trì; chỉ giao lại sau khi nhiệm vụ được trả lại cơ quan giao.',
  awaitingReassignment: 'Nhiệm vụ đã được trả lại cơ quan giao và đang chờ giao lại.',
  notAuthority: 'Chỉ cơ quan giao nhiệm vụ (người giao, cấp trưởng, cấp phó hoặc người được ủy quyền) mới được thực hiện thao tác này.',
  beforeCustody: 'Việc chuyển giữ nhiệm vụ không được xảy ra trước khi người đang giữ nhận nhiệm vụ.',
  closed: 'Nhiệm vụ đã hoàn thành hoặc đã hủy; chỉ có thể mở lại.',
  deadlineNotLater: 'Hạn mới phải muộn hơn hạn hiện tại.',
} as const;
