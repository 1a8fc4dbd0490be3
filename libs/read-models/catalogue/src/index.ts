export * from './service-projections';
