/** The findings read model holds no finding with this id (the API answers 404). */
export class FindingNotFoundError extends Error {
  constructor(readonly findingId: string) {
    super(`No finding ${findingId} in the read model`);
  }

  override get name(): string {
    return 'FindingNotFoundError';
  }
}
