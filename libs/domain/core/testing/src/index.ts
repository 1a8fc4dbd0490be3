export type { ErrorClass, ThenClause } from './decider.specification';
export { DeciderSpecification } from './decider.specification';
