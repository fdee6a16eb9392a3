/**
 * The HTML of the public boilerplate set's dev pages (`boilerplate/dev-html.jsonl.gz`), and the
 * peer extractor run on them: Mozilla Readability over a linkedom document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlPage {
  readonly id: string;
  readonly html: string;
}

/** The dev pages as HTML, or null when the set is not there. */
export function readHtmlPages(evalDir: string | null): HtmlPage[] | null {
  if (!evalDir) return null;
  const path = join(evalDir, 'boilerplate', 'dev-html.jsonl.gz');
  if (!existsSync(path)) return null;
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as HtmlPage);
}

/** The article text Readability finds in `html` (over linkedom's DOM), '' when it finds none. */
export function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document).parse();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}
