import { Result } from 'antd';
import type { ReactNode } from 'react';
import { isProblem } from '../api/problem';
import { ProblemResult } from '../pages/problem.page';

/**
 * Why one thing's page could not be read: "not found" for a 404 or a malformed id (a 400 names nothing either), in
 * the words the page gives; any other problem (a refusal, an outage) as the API's problem in Vietnamese.
 */
export function LoadFailure({ error, notFound }: { error: unknown; notFound: { title: string; subTitle: string; extra?: ReactNode } }) {
  return isProblem(error, 404, 400) ? <Result status="404" {...notFound} /> : <ProblemResult error={error} />;
}
