/** A deadline given both as a date and as working days (400: the body says two different things). */
export class DeadlineGivenTwiceError extends Error {
  constructor() {
    super('deadline: give either dueAt or workingDays, not both');
  }

  override get name(): string {
    return 'DeadlineGivenTwiceError';
  }
}
