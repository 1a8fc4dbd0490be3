import type { AddressInfo } from 'node:net';
import { formatVerifierKey, verifierOf, type NoteSigner, type NoteVerifier } from '@lib/ledger';
import { createWitnessServer } from './witness-http';
import { resolveWitnessSigner } from './witness-key';
import { WitnessService } from './witness-service';
import { WitnessState } from './witness-state';

export interface WitnessOptions {
  /** The checkpoint keys of the logs it follows (ed25519; each key's name is its log's origin). */
  readonly logs: readonly NoteVerifier[];
  /** Where its state (and, unless `keyFile`, its key) is kept. */
  readonly stateDir: string;
  readonly name?: string | undefined;
  readonly keyFile?: string | undefined;
  readonly host: string;
  /** 0: any free port. */
  readonly port: number;
  readonly log: (line: string) => void;
  readonly now?: () => number;
}

export interface RunningWitness {
  /** The submission prefix: `http://<host>:<port>`. */
  readonly url: string;
  readonly port: number;
  readonly signer: NoteSigner;
  readonly verifier: NoteVerifier;
  /** `<name>+<key id>+<public key>`: what a log (LEDGER_WITNESSES) and readers are configured with. */
  readonly verifierKey: string;
  readonly state: WitnessState;
  /** Whether the key was made at this start. */
  readonly keyCreated: boolean;
  readonly keySource: string;
  /** Stops taking connections and waits for the requests under way (once; later calls wait for the same). */
  close(): Promise<void>;
}

/** Reads (or makes) the key, reads the state, and listens. */
export async function startWitness(options: WitnessOptions): Promise<RunningWitness> {
  const state = await WitnessState.open(options.stateDir);
  const { signer, source, created } = await resolveWitnessSigner(options);
  const verifier = verifierOf(signer);
  const verifierKey = formatVerifierKey(verifier);
  const service = new WitnessService({
    logs: options.logs,
    signer,
    state,
    log: options.log,
    ...(options.now ? { now: options.now } : {}),
  });
  const server = createWitnessServer(service, { verifierKey, log: options.log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
    }));
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    signer,
    verifier,
    verifierKey,
    state,
    keyCreated: created,
    keySource: source,
    close,
  };
}
