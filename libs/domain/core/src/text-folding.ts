/**
 * Text as people type it on a keyboard without Vietnamese input: no tones or vowel marks, đ as d, lower case, one
 * space between words. "Sở Xây dựng" and "SO XAY  DUNG" fold alike to "so xay dung". Pure, dependency-free: the
 * console's search (apps/console/src/display/text.match.ts) and the task list's stored search text use this one.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search as folded text: every one must appear in the folded text searched. */
export function foldedWords(query: string): string[] {
  return foldVietnamese(query).split(' ').filter(Boolean);
}
