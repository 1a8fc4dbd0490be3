export * from './ledger.projection';
export * from './ledger.query';
export * from './ledger-evidence';
export * from './ledger.tables';
export * from './checkpoint-publisher';
export * from './checkpoint-witnesses';
export * from './ledger-verification';
export * from './ledger-verification-text';
