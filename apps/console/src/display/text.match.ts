/**
 * Search that ignores diacritics and case, as people type on a keyboard without Vietnamese input: "vu thu ha" finds
 * "Vũ Thu Hà", "duong" finds "Đường". Every word of the query must appear, in any order.
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

/** A predicate for the query: true when every word of it appears in the text, diacritics and case aside. */
export function textMatcher(query: string): (text: string) => boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  return (text) => {
    const folded = foldVietnamese(text);
    return words.every((word) => folded.includes(word));
  };
}
