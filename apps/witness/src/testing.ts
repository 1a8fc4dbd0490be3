/**
 * The witness app's one public surface for tests (`test/`), as `apps/api/src/testing.ts` is the API's: start a witness
 * in the test's process on port 0, read its state, parse its command line.
 */
export { startWitness } from './witness-app';
export type { RunningWitness, WitnessOptions } from './witness-app';
export { parseWitnessArguments, WitnessUsageError } from './witness-arguments';
export { WITNESS_KEY_FILE } from './witness-key';
export { REFUSED_DIR } from './witness-service';
export { WITNESS_STATE_FILE, WitnessState, WitnessStateError } from './witness-state';
