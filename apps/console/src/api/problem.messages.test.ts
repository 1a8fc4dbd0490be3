import { describe, expect, it } from 'vitest';
import { ApiProblem } from './problem';
import { problemMessage } from './problem.messages';

describe('messages for refusals and failures', () => {
  it('asks to sign in again on a 401', () => {
    expect(problemMessage(new ApiProblem({ status: 401 }))).toMatchObject({
      status: 401,
      title: 'Phiên đăng nhập đã kết thúc',
      signInAgain: true,
    });
  });

  it("explains a 403 in Vietnamese, with the API's own detail first", () => {
    const message = problemMessage(new ApiProblem({ status: 403, detail: 'Chỉ thanh tra viên được xem nhật ký.' }));
    expect(message).toMatchObject({ status: 403, title: 'Bạn không có quyền xem nội dung này', signInAgain: false });
    expect(message.explanation).toMatch(/^Chỉ thanh tra viên được xem nhật ký\. Nội dung này nằm ngoài/);
  });

  it('tells a server failure from a lost connection', () => {
    expect(problemMessage(new ApiProblem({ status: 503 })).status).toBe(500);
    expect(problemMessage(new TypeError('Failed to fetch')).status).toBe('offline');
  });
});
