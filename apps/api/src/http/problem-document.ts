/** RFC 7807 problem document, as every error of the API is returned. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Per-field reasons for validation failures. */
  errors?: Array<{ field: string; reason: string }>;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
/** Relative to the API itself, which serves each kind's page (`GET /problems/<slug>`, Vietnamese and English). */
export const PROBLEM_TYPE_BASE = '/problems/';
