/** Vietnamese collation: base letters first (a < ă < â, d < đ), then accents and case only to break ties. */
const collator = new Intl.Collator('vi', { sensitivity: 'base' });
const tieBreaker = new Intl.Collator('vi', { sensitivity: 'variant' });

/** NFC, as names are stored and compared (a name typed with combining marks equals the precomposed one). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Vietnamese order of two names (NFC); names equal at base level are ordered by their accents. */
export function compareVietnamese(a: string, b: string): number {
  const left = nfc(a);
  const right = nfc(b);
  return collator.compare(left, right) || tieBreaker.compare(left, right);
}

/** Orders by name in Vietnamese collation, then by id: a total, deterministic order. */
export function byNameThenId<T extends { name: string; id: string }>(a: T, b: T): number {
  return compareVietnamese(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** For search: NFD, combining marks stripped, đ → d, lower case, spaces collapsed ("Lê Văn Cường" → "le van cuong"). */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query, folded, starts a word of the folded name ("cuong" finds "Lê Văn Cường"). */
export function nameMatches(name: string, query: string): boolean {
  const words = foldDiacritics(name).split(' ');
  const wanted = foldDiacritics(query)
    .split(' ')
    .filter((word) => word.length > 0);
  if (wanted.length === 0) return true;
  const folded = foldDiacritics(name);
  return wanted.every((word) => words.some((candidate) => candidate.startsWith(word))) || folded.includes(wanted.join(' '));
}
