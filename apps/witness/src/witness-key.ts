import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatSignerKey, generateNoteKey, parseSignerKey, type NoteSigner } from '@lib/ledger';

/** The key file under the state directory, when the witness made its own key. */
export const WITNESS_KEY_FILE = 'witness.key';
/** The name of a key made without --name. */
export const DEFAULT_WITNESS_NAME = 'localhost/nhan-chung';

/** A key that cannot be used: the witness does not start. */
export class WitnessKeyError extends Error {}

export interface WitnessKeyOptions {
  readonly stateDir: string;
  /** --name: the witness's name; must be the key's when a key exists. */
  readonly name?: string | undefined;
  /** WITNESS_SIGNING_KEY_FILE: a signer key string of type cosignature/v1, kept elsewhere. */
  readonly keyFile?: string | undefined;
}

/**
 * The witness's cosignature/v1 key: the one in WITNESS_SIGNING_KEY_FILE; else the one it made before under its
 * state directory; else a new one, made once and written there readable by its owner only (mode 600). A witness's
 * key is its identity: the logs it cosigns for are configured with its public half, so it must not change.
 */
export async function resolveWitnessSigner(options: WitnessKeyOptions): Promise<{ signer: NoteSigner; source: string; created: boolean }> {
  const { stateDir, name, keyFile } = options;
  if (keyFile) {
    const path = resolve(keyFile);
    const text = await readKey(path);
    if (text === undefined) throw new WitnessKeyError(`WITNESS_SIGNING_KEY_FILE=${keyFile}: không có tệp này.`);
    return { signer: checked(text, path, name), source: path, created: false };
  }
  const path = join(stateDir, WITNESS_KEY_FILE);
  const existing = await readKey(path);
  if (existing !== undefined) return { signer: checked(existing, path, name), source: path, created: false };
  let signer: NoteSigner;
  try {
    signer = generateNoteKey(name ?? DEFAULT_WITNESS_NAME, 'cosignature/v1').signer;
  } catch {
    throw new WitnessKeyError(`Tên nhân chứng ${JSON.stringify(name)} không hợp lệ: một từ, không có khoảng trắng và dấu "+".`);
  }
  await writeFile(path, `${formatSignerKey(signer)}\n`, { mode: 0o600, flag: 'wx' });
  return { signer, source: path, created: true };
}

/** The key file's content, trimmed; undefined when there is no such file. */
async function readKey(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WitnessKeyError(`Không đọc được khóa của nhân chứng ${path}: ${(error as Error).message}`);
  }
}

function checked(text: string, path: string, name: string | undefined): NoteSigner {
  let signer: NoteSigner;
  try {
    signer = parseSignerKey(text);
  } catch (error) {
    throw new WitnessKeyError(`${path} không chứa khóa ký (PRIVATE+KEY+<tên>+<mã>+<khóa>): ${(error as Error).message}`);
  }
  if (signer.type !== 'cosignature/v1')
    throw new WitnessKeyError(`${path} là khóa ${signer.type}: nhân chứng ký đồng xác nhận bằng khóa cosignature/v1.`);
  if (name !== undefined && signer.name !== name)
    throw new WitnessKeyError(`${path} là khóa của nhân chứng "${signer.name}", không phải "${name}": tên của nhân chứng gắn với khóa.`);
  return signer;
}
