import { parseVerifierKey, type NoteVerifier } from '@lib/ledger';

export const VERIFY_BUNDLE_USAGE = `Cách dùng: npm run verify-bundle -- <bộ-chứng-cứ.json> <khóa kiểm tra của sổ cái, hoặc tệp chứa khóa> [--witness <khóa hoặc tệp>]… [--allow-unproven]

Kiểm tra bộ chứng cứ của một hồ sơ kỷ luật (tải từ GET /cases/{caseId}/evidence-bundle) mà không cần cơ sở dữ liệu,
máy chủ hay mạng: chữ ký của checkpoint, rồi với từng sự kiện được viện dẫn: mã hóa chuẩn, giá trị băm lá, chứng minh
thuộc cây (RFC 9162) và phần đọc được của bộ chứng cứ.

Khóa kiểm tra có dạng <origin>+<mã khóa hex>+<base64> (npm run ledger:key in ra; máy chủ cho tại GET /ledger/key).
Hãy lấy khóa từ nguồn tin cậy (công bố của cơ quan giữ sổ cái), không lấy từ chính bộ chứng cứ.

  --witness <khóa>     khóa cosignature/v1 của một nhân chứng: checkpoint phải có chữ ký đồng xác nhận hợp lệ
                       của nhân chứng đó. Dùng nhiều lần cho nhiều nhân chứng.
  --allow-unproven     chấp nhận các sự kiện chưa có chứng minh (ghi sau checkpoint mới nhất): vẫn liệt kê,
                       nhưng không làm kết quả thất bại. Nội dung của chúng không được bảo đảm.

Mã thoát: 0 hợp lệ; 1 có kiểm tra thất bại; 2 sai cách dùng (tệp không đọc được, không phải bộ chứng cứ, khóa sai dạng).`;

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {}

export interface VerifyArguments {
  bundlePath: string;
  /** The log's key argument: a verifier key string or a file holding one. */
  key: string;
  witnesses: string[];
  allowUnproven: boolean;
}

/** The command's arguments, or 'help'. Throws a UsageError. */
export function parseVerifyArguments(argv: readonly string[]): VerifyArguments | 'help' {
  const positional: string[] = [];
  const witnesses: string[] = [];
  let allowUnproven = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] as string;
    if (argument === '--help' || argument === '-h') return 'help';
    if (argument === '--allow-unproven') allowUnproven = true;
    else if (argument === '--witness') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('Thiếu khóa sau --witness.');
      witnesses.push(value);
    } else if (argument.startsWith('--witness=')) witnesses.push(argument.slice('--witness='.length));
    else if (argument.startsWith('-') && argument !== '-') throw new UsageError(`Tùy chọn không có: ${argument}.`);
    else positional.push(argument);
  }
  if (positional.length !== 2) throw new UsageError(`Cần đúng hai đối số (tệp bộ chứng cứ và khóa kiểm tra), đã cho ${positional.length}.`);
  const [bundlePath, key] = positional as [string, string];
  return { bundlePath, key, witnesses, allowUnproven };
}

/**
 * The verifier key an argument gives: the key string itself, or a file holding it (alone, or as a word of its
 * text, as `npm run ledger:key` prints it). `readText` reads a file, or returns undefined when there is none.
 * Throws a UsageError unless it is a key of the expected type.
 */
export function resolveKeyArgument(
  argument: string,
  type: NoteVerifier['type'],
  role: string,
  readText: (path: string) => string | undefined,
): NoteVerifier {
  let key = tryKey(argument.trim());
  if (key === undefined) {
    const text = readText(argument);
    if (text === undefined)
      throw new UsageError(`${role} "${argument}" không phải chuỗi khóa kiểm tra hợp lệ, cũng không phải tệp đọc được.`);
    key = text
      .split(/\s+/)
      .map(tryKey)
      .find((candidate) => candidate !== undefined);
    if (key === undefined) throw new UsageError(`Tệp ${argument} không chứa chuỗi khóa kiểm tra hợp lệ (${role}).`);
  }
  if (key.type !== type) throw new UsageError(`${role} phải là khóa ${type}, không phải khóa ${key.type}.`);
  return key;
}

function tryKey(text: string): NoteVerifier | undefined {
  if (!text.includes('+')) return undefined;
  try {
    return parseVerifierKey(text);
  } catch {
    return undefined;
  }
}
