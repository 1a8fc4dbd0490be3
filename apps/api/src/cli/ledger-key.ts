import '../register-lib-paths';
import { formatSignerKey, formatVerifierKey, generateNoteKey } from '@lib/ledger';

const USAGE = `Usage: npm run ledger:key -- <origin>
Makes an Ed25519 key for the ledger of <origin> (one word, e.g. so-noi-vu.example.gov.vn/trach-nhiem) and prints:
  the signer key: keep it secret, give it to the service as LEDGER_SIGNING_KEY_FILE (a file readable by its user only);
  the verifier key: public, for verifiers and witnesses (the service also serves it at GET /ledger/key).`;

/** `ledger:key <origin>`: a new signing key for the ledger, printed once (never stored by this command). */
function main(): void {
  const [origin, ...rest] = process.argv.slice(2);
  if (!origin || rest.length > 0 || origin === '--help' || origin === '-h') {
    process.stderr.write(`${USAGE}\n`);
    process.exit(origin === '--help' || origin === '-h' ? 0 : 2);
  }
  try {
    const { signer, verifier } = generateNoteKey(origin);
    process.stdout.write(`signer key (secret):  ${formatSignerKey(signer)}\nverifier key (public): ${formatVerifierKey(verifier)}\n`);
  } catch (error) {
    process.stderr.write(`ledger:key: ${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
}

main();
