import { expect } from '@jest/globals';
import type { Decider, DomainCommand, DomainError, DomainEvent, RecordedEventMetadata, RecordedEvent } from '@lib/domain/core';

/** Named rule errors carry their stable code as a static, so a spec can name the class alone. */
export type ErrorClass<E extends DomainError> = (abstract new (...args: never[]) => E) & { readonly code: string };

export interface ThenClause<Event, State> {
  then(expected: Event[]): void;
  thenThrows<E extends DomainError>(errorClass: ErrorClass<E>, check?: (error: E) => void): void;
  /** Folds the decided events onto the given history, for assertions on custody and status. */
  thenState(check: (state: State) => void): void;
}

/**
 * Given/when/then for deciders: `given` is history (recorded events), `when` a command,
 * `then` the exact events decided, or the named rule that refused it.
 */
export const DeciderSpecification = {
  for<Command extends DomainCommand, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
    return {
      given(history: RecordedEvent<Event>[]) {
        return {
          when(command: Command): ThenClause<Event, State> {
            const current = () => history.reduce(decider.evolve, decider.initialState());
            const decide = () => decider.decide(command, current());
            return {
              then(expected) {
                expect(decide()).toEqual(expected);
              },
              thenThrows(errorClass, check) {
                let thrown: unknown;
                try {
                  decide();
                } catch (error) {
                  thrown = error;
                }
                expect(thrown).toBeInstanceOf(errorClass);
                const error = thrown as InstanceType<typeof errorClass>;
                expect(error.code).toBe(errorClass.code);
                check?.(error);
              },
              thenState(check) {
                const recorded = decide().map((event, index) => ({ ...event, metadata: metadataFor(command, index) }));
                check(recorded.reduce(decider.evolve, current()));
              },
            };
          },
        };
      },
    };
  },
};

function metadataFor(command: DomainCommand, index: number): RecordedEventMetadata {
  const { actor, onBehalfOf, occurredAt } = command.context;
  const metadata: RecordedEventMetadata = { eventId: `decided-${index + 1}`, occurredAt, actor };
  return onBehalfOf === undefined ? metadata : { ...metadata, onBehalfOf };
}
