import type { CommandContext, Official } from './command-context';

export type DomainEvent<Type extends string = string, Data = unknown> = Readonly<{
  type: Type;
  data: Data;
}>;

export type DomainCommand<Type extends string = string, Data = unknown> = Readonly<{
  type: Type;
  data: Data;
  context: CommandContext;
}>;

/** Added by the command handler when it appends; the decider never invents ids or times. */
export interface RecordedEventMetadata {
  eventId: string;
  occurredAt: string;
  actor: Official;
  onBehalfOf?: Official;
}

export type RecordedEvent<Event extends DomainEvent> = Event & Readonly<{ metadata: RecordedEventMetadata }>;

export interface Decider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: RecordedEvent<Event>): State;
  initialState(): State;
}
