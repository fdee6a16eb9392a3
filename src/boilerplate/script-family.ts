/**
 * Which scripts can share an article: Chinese and Japanese mix Han and kana, Korean may use Han.
 *
 * @module
 * @internal
 */
import type { Script } from '../types.js';

/** A family name under which scripts that mix in one language are grouped. */
export function scriptFamily(script: Script): string {
  if (script === 'Han' || script === 'Hiragana' || script === 'Katakana') return 'CJ';
  return script;
}

/**
 * Whether a line is foreign to a page written in `page` script: its main script is foreign and
 * it has no letters at all in the page's script family (a Japanese line naming "Kindle for PC"
 * is mostly Latin letters and still Japanese).
 */
export function isForeignLine(
  line: Script,
  letters: ReadonlyMap<Script, number> | null,
  page: Script,
): boolean {
  if (!isForeignScript(line, page)) return false;
  if (letters === null) return true;
  const family = scriptFamily(page);
  for (const [script, count] of letters) {
    if (count > 0 && !isForeignScript(script, page) && scriptFamily(script) === family) return false;
  }
  return true;
}

/** Whether text in `line` script is foreign to a page written in `page` script. */
export function isForeignScript(line: Script, page: Script): boolean {
  if (line === 'None' || page === 'None' || line === 'Other' || page === 'Other') return false;
  const a = scriptFamily(line);
  const b = scriptFamily(page);
  if (a === b) return false;
  if (b === 'Hangul' && a === 'CJ') return false;
  return true;
}
