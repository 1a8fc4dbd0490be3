export * from './read-model-entities';
export * from './service-projections';
