/** A sign-in that cannot go on: the status to answer and the reason, in Vietnamese. */
export class SignInRefusedError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 503,
    readonly detail: string,
  ) {
    super(detail);
  }
}
