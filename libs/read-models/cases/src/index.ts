export * from './cases.projection';
export * from './cases.tables';
