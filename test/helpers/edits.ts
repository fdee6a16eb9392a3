/**
 * A generator of the edits a newspaper makes when it reprints a wire story, applied to real
 * articles: cut paragraphs from the bottom (and now and then one from the middle), trim the last
 * sentence of a paragraph, add a local paragraph taken from another article, swap two paragraphs,
 * and put a new headline and dateline on top. Used by the copies tests (on the seed pages) and by
 * `npm run eval` (on the public sets' documents, in every language they hold), so that an edited
 * reprint is known to come out as a `near-duplicate`, never as a `retranslation`.
 *
 * Texts are split into paragraphs at blank lines (or, for texts without them, at line breaks),
 * and paragraphs into sentences at line breaks or after `.`, `!`, `?`, `。`, `！`, `？`.
 */
import { seededRandom } from './random.js';

/** What was done to make the edited copy, for test messages. */
export interface EditLog {
  readonly cut: number;
  readonly trimmed: number;
  readonly added: boolean;
  readonly swapped: boolean;
}

/** An edited reprint and what was done to it. */
export interface EditedReprint {
  readonly text: string;
  readonly log: EditLog;
}

function paragraphsOf(text: string): string[] {
  const blocks = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (blocks.length >= 3) return blocks;
  return text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Sentences of a paragraph: its lines, or its sentences when it is one line. */
function sentencesOf(paragraph: string): string[] {
  const lines = paragraph.split('\n').filter((l) => l.trim() !== '');
  if (lines.length > 1) return lines;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph.charAt(i);
    const spaced = (ch === '.' || ch === '!' || ch === '?') && paragraph.charAt(i + 1) === ' ';
    const unspaced = ch === '。' || ch === '！' || ch === '？';
    if (spaced || unspaced) {
      out.push(paragraph.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  if (start < paragraph.length && paragraph.slice(start).trim() !== '')
    out.push(paragraph.slice(start).trim());
  return out;
}

/** The first words (or, for text without spaces, characters) of a text, for a new headline. */
function headlineFrom(paragraph: string): string {
  const words = paragraph.split(/\s+/).filter(Boolean);
  if (words.length >= 6) return words.slice(0, 7).join(' ');
  return [...paragraph].slice(0, 18).join('');
}

/**
 * An edited reprint of `article`, deterministic for a given `seed`. `donor` is another article
 * (same language, another story) that lends the local paragraph.
 */
export function editedReprint(article: string, donor: string, seed: number): EditedReprint {
  const random = seededRandom(seed);
  const paragraphs = paragraphsOf(article);
  const n = paragraphs.length;
  // Cut from the bottom: up to a third of the paragraphs, never below two.
  const keep = Math.max(Math.min(n, 2), n - Math.floor(random() * (n / 3 + 1)));
  let kept = paragraphs.slice(0, keep);
  let cut = n - keep;
  if (kept.length >= 6 && random() < 0.5) {
    const middle = 2 + Math.floor(random() * (kept.length - 3));
    kept = kept.filter((_, i) => i !== middle);
    cut++;
  }
  // Trim the last sentence of one or two paragraphs that have more than one.
  let trimmed = 0;
  const trims = 1 + Math.floor(random() * 2);
  for (let t = 0; t < trims; t++) {
    const candidates = kept.map((p, i) => (sentencesOf(p).length > 1 ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) break;
    const at = candidates[Math.floor(random() * candidates.length)]!;
    const sentences = sentencesOf(kept[at]!);
    kept[at] = sentences.slice(0, -1).join(kept[at]!.includes('\n') ? '\n' : ' ');
    trimmed++;
  }
  // Swap two neighbouring paragraphs after the lede.
  let swapped = false;
  if (kept.length >= 4) {
    const at = 1 + Math.floor(random() * (kept.length - 2));
    [kept[at], kept[at + 1]] = [kept[at + 1]!, kept[at]!];
    swapped = true;
  }
  // A local paragraph from the donor, after the second paragraph.
  const donorParagraphs = paragraphsOf(donor);
  const local = donorParagraphs[Math.floor(random() * donorParagraphs.length)];
  const added = local !== undefined;
  if (local !== undefined) kept.splice(Math.min(2, kept.length), 0, local);
  const headline = headlineFrom(paragraphs[0] ?? '');
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const dateline = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 08:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
  return {
    text: [headline, dateline, ...kept].join('\n\n'),
    log: { cut, trimmed, added, swapped },
  };
}
