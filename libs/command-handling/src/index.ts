export { handleCommand } from './handle-command';
export type { HandleCommandOptions, HandledCommand, WrittenEvent } from './handle-command';

export type { CommandMetadata } from './command-metadata';
export { foldStream, recordedEventOf } from './recorded-event';
export { StreamAlreadyExistsError, StreamConflictError } from './command-handling.errors';
