import { Button, Result } from 'antd';
import { problemMessage } from '../api/problem.messages';
import { SIGN_IN_PATH } from '../app/routes';

/** A refusal or a failure as a page of its own (inside the shell when the person is signed in). */
export function ProblemResult({ error }: { error: unknown }) {
  const message = problemMessage(error);
  const status = message.status === 401 ? '403' : message.status === 'offline' ? 'warning' : String(message.status);
  return (
    <Result
      status={status as '403' | '404' | '500' | 'warning'}
      title={message.title}
      subTitle={message.explanation}
      extra={
        message.signInAgain ? (
          // A full load: whatever was kept of the old session goes with it.
          <Button type="primary" href={SIGN_IN_PATH}>
            Đăng nhập lại
          </Button>
        ) : (
          <Button onClick={() => window.location.reload()}>Tải lại trang</Button>
        )
      }
    />
  );
}

export function ProblemPage({ error }: { error: unknown }) {
  return (
    <main>
      <ProblemResult error={error} />
    </main>
  );
}
