import '../register-lib-paths';
import { runVerifyLedger } from './verify-ledger.command';

/** `npm run verify [-- --key <verifier key>]`: checks the log against the ledger's tree and signed checkpoints. */
runVerifyLedger(process.argv.slice(2), process.env, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`verify: ${error.stack ?? error.message}\n`);
    process.exit(2);
  },
);
