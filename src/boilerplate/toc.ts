/**
 * Tables of contents and repeated lines. A table of contents is a run of short lines that each
 * repeat a heading further down (numbering and separators aside); a repeated line is a short
 * line that already stood earlier on the page (a title shown twice, a menu at top and bottom,
 * a video title with its length appended).
 *
 * @module
 * @internal
 */
import { normaliseLine } from './phrases.js';

/** Lines between the end of a table of contents and the first heading it lists, at least. */
const MIN_HEADING_DISTANCE = 2;

/** Lines longer than this are never treated as repeats or contents entries. */
export const MAX_REPEAT_LENGTH = 160;

/** The text a line is compared by: lower case, numbering, separators and a trailing time gone. */
export function repeatKey(text: string, normalised?: string): string {
  // Long lines are compared whole: a paragraph printed twice is a notice, not the article.
  if (text.length > MAX_REPEAT_LENGTH) return text;
  const key = normalised ?? normaliseLine(text);
  const first = key.charCodeAt(0);
  // Only a key that opens with a digit can carry numbering ("2. Results").
  return first >= 0x30 && first <= 0x39 ? key.replace(/^\d{1,3}[.)]\s/, '') : key;
}

/**
 * The keys of a page's lines as the look-ups by key want them: a long line's key (its whole text)
 * becomes '' (no key) when no other key has its length, since it can equal no other key. A map
 * of keys then hashes only the few paragraphs that may repeat, not every paragraph in full.
 */
export function comparableKeys(keys: readonly string[]): string[] {
  const longLengths = new Map<number, number>();
  for (const key of keys) {
    if (key.length > MAX_REPEAT_LENGTH) longLengths.set(key.length, (longLengths.get(key.length) ?? 0) + 1);
  }
  return keys.map((key) => (key.length > MAX_REPEAT_LENGTH && longLengths.get(key.length) === 1 ? '' : key));
}

/**
 * Marks the lines of tables of contents: runs of at least two lines whose keys recur on a later
 * line that opens a section of prose, plus a short header line just before such a run. Returns a boolean per line.
 */
export function findTableOfContents(
  keys: readonly string[],
  wordCounts: readonly number[],
  prose: readonly boolean[],
): boolean[] {
  const lastIndex = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key !== '') lastIndex.set(key, i);
  });
  // An entry names a later heading: a line that repeats it and is followed by prose.
  const repeatsLater = keys.map((key, i) => {
    if (key === '') return false;
    const last = lastIndex.get(key) ?? -1;
    return last > i && prose[last + 1] === true;
  });
  const toc = new Array<boolean>(keys.length).fill(false);
  let i = 0;
  while (i < keys.length) {
    if (!repeatsLater[i]) {
      i++;
      continue;
    }
    let j = i;
    // A separator row with no words (`---|`) may sit inside a contents table.
    while (j < keys.length && (repeatsLater[j] || wordCounts[j] === 0)) j++;
    // Entries name different headings (a title printed three times is no table of contents)
    // further down (a teaser card printing its headline twice in a row is none either).
    const entries = new Set<string>();
    for (let k = i; k < j; k++) {
      if (repeatsLater[k] && (lastIndex.get(keys[k] as string) ?? 0) >= j + MIN_HEADING_DISTANCE) {
        entries.add(keys[k] as string);
      }
    }
    if (entries.size >= 2) {
      for (let k = i; k < j; k++) toc[k] = true;
      // The contents table's own header ("Contents", "In this article |", "---|").
      let h = i - 1;
      while (h >= 0 && h >= i - 2 && (wordCounts[h] ?? 99) <= 4) {
        toc[h] = true;
        h--;
      }
    }
    i = j;
  }
  return toc;
}
