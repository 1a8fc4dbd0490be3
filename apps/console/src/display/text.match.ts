import { foldedWords, foldVietnamese } from '../../../../libs/domain/core/src/text-folding';

/**
 * Search that ignores diacritics and case, as people type on a keyboard without Vietnamese input: "vu thu ha" finds
 * "Vũ Thu Hà", "duong" finds "Đường". Every word of the query must appear, in any order. The folding is the
 * domain's own (the API folds the task list's search text with the same function), so the console and the API agree.
 */
export { foldVietnamese };

/** A predicate for the query: true when every word of it appears in the text, diacritics and case aside. */
export function textMatcher(query: string): (text: string) => boolean {
  const words = foldedWords(query);
  if (words.length === 0) return () => true;
  return (text) => {
    const folded = foldVietnamese(text);
    return words.every((word) => folded.includes(word));
  };
}
