export * from './handover.entity';
export * from './recorded-task-event';
export * from './task-custody.projection';
export * from './task-custody.record';
export * from './task-custody.tables';
export * from './task-party.entity';
export * from './task-summary.entity';
