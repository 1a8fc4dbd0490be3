export * from './case-detail';
export * from './cases.ports';
export * from './cases.projection';
export * from './cases.query';
export * from './cases.tables';
