/** An RFC 7807 problem the API answered (application/problem+json), or what the console makes of another failure. */
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  type?: string;
  /** Per-field failures as the API sends them (ProblemDocument in the OpenAPI): the field's path and the reason. */
  errors?: Array<{ field: string; reason: string }>;
}

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The problem in a failed answer: its JSON body when it has one, else just its status. */
export async function problemOf(response: Response): Promise<ApiProblem> {
  let body: Partial<Problem> = {};
  try {
    body = (await response.json()) as Partial<Problem>;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return new ApiProblem({ ...body, status: response.status });
}

export function isProblem(error: unknown, ...statuses: number[]): error is ApiProblem {
  return error instanceof ApiProblem && (statuses.length === 0 || statuses.includes(error.status));
}
