/**
 * The news articles the speed targets are stated on: the first articles of the quotes dev set
 * (`../shared/eval/quotes/dev.jsonl`), one text each, when the set is present.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The first articles of the dev set, joined into page-sized texts, when the set is present. */
export function quotesDevArticles(evalDir: string | null): string[] | undefined {
  if (!evalDir) return undefined;
  try {
    const lines = readFileSync(join(evalDir, 'quotes', 'dev.jsonl'), 'utf8')
      .split('\n')
      .slice(0, 120);
    return lines
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text);
  } catch {
    return undefined;
  }
}
