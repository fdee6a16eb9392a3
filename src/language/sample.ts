/**
 * Picks the part of a long text that language identification should read. franc reads only the
 * first 2,048 characters, which on a scraped page are mostly navigation; the longest lines are
 * the prose.
 *
 * @module
 * @internal
 */

/** franc's own sample size: reading more than this gains nothing. */
export const SAMPLE_LENGTH = 2048;

/**
 * Returns `text` itself when it is short, else its longest lines (kept in text order) up to
 * {@link SAMPLE_LENGTH} characters. Linear in the length of the text plus a sort of line lengths.
 *
 * @internal
 */
export function languageSample(text: string): string {
  if (text.length <= SAMPLE_LENGTH) return text;
  const lines: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 0x0a) {
      if (i > lineStart) lines.push({ start: lineStart, end: i });
      lineStart = i + 1;
    }
  }
  const byLength = lines.map((_, index) => index);
  byLength.sort((a, b) => {
    const la = lines[a] as { start: number; end: number };
    const lb = lines[b] as { start: number; end: number };
    return lb.end - lb.start - (la.end - la.start) || a - b;
  });
  const chosen: number[] = [];
  let total = 0;
  for (const index of byLength) {
    if (total >= SAMPLE_LENGTH) break;
    const line = lines[index] as { start: number; end: number };
    chosen.push(index);
    total += line.end - line.start + 1;
  }
  chosen.sort((a, b) => a - b);
  return chosen
    .map((index) => {
      const line = lines[index] as { start: number; end: number };
      return text.slice(line.start, line.end);
    })
    .join('\n')
    .slice(0, SAMPLE_LENGTH);
}
