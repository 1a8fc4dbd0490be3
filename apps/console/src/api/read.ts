import { ApiProblem, type Problem } from './problem';

/**
 * The JSON body of a read through the typed client (`api.GET(path, { params })` from ./client), or the API's problem
 * (ApiProblem) when it refused or failed, for TanStack Query to show. Routes that also download a file (CSV, XLSX)
 * declare a text body beside the JSON one; the console asks for JSON, so text here is a failure too.
 */
export async function bodyOf<T extends object>(answer: Promise<{ data?: T | string; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await answer;
  if (!response.ok || data === undefined || typeof data === 'string')
    throw new ApiProblem({ ...(error as Partial<Problem> | undefined), status: response.status });
  return data;
}
