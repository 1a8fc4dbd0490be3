export type { Decider, DomainCommand, DomainEvent, EventMetadata, RecordedEvent } from './decider';
export type { Actor, CommandContext, Official, Position, Role } from './command-context';
export { actsForUnit, effectiveOfficial, leadsUnit } from './command-context';
export type { ErrorContext } from './domain-error';
export { DomainError, InvalidInstantError, OccurredInFutureError, OnBehalfRequiresClerkError } from './domain-error';
export { assertNever } from './assert-never';
export { DEFAULT_CLOCK_SKEW_MS, assertOccurredNotInFuture, parseInstant } from './occurrence';
export { hashSeed, SeededRandom } from './seeded-random';
