import { expect } from '@jest/globals';

/** A letter only Vietnamese writes: every Vietnamese reason has one ("quá dài", "phải là mã UUID"). */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u;
/** English words a reason written for a machine reader would hold; field names and values (not_found) pass. */
const ENGLISH_WORD =
  /\b(?:must|should|be|is|are|not|the|of|and|or|only|give|empty|required|characters?|between|within|either|both|than|exist|unknown|known)\b/i;

/**
 * Each field error's reason is for a person: Vietnamese, NFC, a fragment starting lower-case (the detail
 * reads "Tham số limit không hợp lệ: phải là số nguyên từ 1 đến 200."), no English phrase.
 */
export function expectVietnameseReasons(errors: ReadonlyArray<{ field: string; reason: string }> | undefined): void {
  const seen = (errors ?? []).map(({ field, reason }) => ({
    field,
    reason,
    vietnamese: VIETNAMESE_LETTER.test(reason),
    nfc: reason === reason.normalize('NFC'),
    lowerCaseStart: reason.charAt(0) === reason.charAt(0).toLocaleLowerCase('vi'),
    english: reason.match(ENGLISH_WORD)?.[0] ?? null,
  }));
  expect(seen).toEqual(
    seen.map(({ field, reason }) => ({ field, reason, vietnamese: true, nfc: true, lowerCaseStart: true, english: null })),
  );
}
