import { parseVerifierKey, type NoteVerifier } from '@lib/ledger';

export const WITNESS_USAGE = `Cách dùng: npm run witness -- --log <khóa kiểm tra của sổ cái> [--log <khóa khác>…] [--name <tên nhân chứng>]
                           [--port <cổng>] [--host <địa chỉ>] [--state <thư mục>]
Chạy một nhân chứng (C2SP tlog-witness): nhận checkpoint của các sổ cái được nêu, kiểm tra mỗi checkpoint nối tiếp
checkpoint đã ký trước đó, rồi ký đồng xác nhận.
  --log    khóa kiểm tra của sổ cái (<origin>+<mã khóa>+<khóa>, như GET /ledger/key trả về); nhắc lại cho nhiều sổ cái
  --name   tên của nhân chứng khi tạo khóa lần đầu (mặc định localhost/nhan-chung)
  --port   cổng nghe, 0 đến 65535 (mặc định 3100; 0: một cổng trống bất kỳ)
  --host   địa chỉ nghe (mặc định 127.0.0.1)
  --state  thư mục trạng thái và khóa (mặc định .witness)
Khóa ký của nhân chứng: WITNESS_SIGNING_KEY_FILE nếu có, không thì <state>/witness.key (tạo một lần, quyền 600).`;

export interface WitnessArguments {
  readonly logs: readonly NoteVerifier[];
  readonly name: string | undefined;
  readonly port: number;
  readonly host: string;
  readonly stateDir: string;
}

/** A command line the witness cannot run with; the message says why, in Vietnamese. */
export class WitnessUsageError extends Error {}

/** The witness's command line; `help` for --help. Throws a WitnessUsageError. */
export function parseWitnessArguments(argv: readonly string[]): WitnessArguments | 'help' {
  const logs: NoteVerifier[] = [];
  let name: string | undefined;
  let port = 3100;
  let host = '127.0.0.1';
  let stateDir = '.witness';
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === '--help' || flag === '-h') return 'help';
    const [option, inline] =
      flag.startsWith('--') && flag.includes('=')
        ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)]
        : [flag, undefined];
    const value = (): string => {
      const given = inline ?? argv[++i];
      if (given === undefined || given === '') throw new WitnessUsageError(`${option} cần một giá trị.`);
      return given;
    };
    switch (option) {
      case '--log':
        logs.push(logKey(value()));
        break;
      case '--name':
        name = value();
        break;
      case '--port': {
        const text = value();
        if (!/^[0-9]{1,5}$/.test(text) || Number(text) > 65535)
          throw new WitnessUsageError(`--port ${text}: cổng là số nguyên từ 0 đến 65535.`);
        port = Number(text);
        break;
      }
      case '--host':
        host = value();
        break;
      case '--state':
        stateDir = value();
        break;
      default:
        throw new WitnessUsageError(`Không hiểu tham số ${flag}.`);
    }
  }
  if (logs.length === 0) throw new WitnessUsageError('Cần ít nhất một --log: khóa kiểm tra của sổ cái mà nhân chứng theo dõi.');
  const origins = logs.map((key) => key.name);
  const repeated = origins.find((origin, index) => origins.indexOf(origin) !== index);
  if (repeated !== undefined) throw new WitnessUsageError(`Sổ cái "${repeated}" được nêu hai lần: mỗi origin một khóa.`);
  return { logs, name, port, host, stateDir };
}

function logKey(text: string): NoteVerifier {
  let key: NoteVerifier;
  try {
    key = parseVerifierKey(text);
  } catch (error) {
    throw new WitnessUsageError(`--log ${text}: không phải khóa kiểm tra <origin>+<mã khóa>+<khóa> (${(error as Error).message}).`);
  }
  if (key.type !== 'ed25519')
    throw new WitnessUsageError(`--log ${text}: là khóa ${key.type}; sổ cái ký checkpoint bằng khóa Ed25519 (GET /ledger/key).`);
  return key;
}
