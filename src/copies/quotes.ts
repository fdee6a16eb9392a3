/**
 * Quoted passages, found by pairing quotation marks in one linear scan: straight double quotes
 * toggle, curly and angle quotes open and close, and a quote never runs past a blank line or
 * 3,000 characters (an unclosed mark is simply dropped).
 *
 * @module
 * @internal
 */

/** Opening marks and the closing marks that end them. */
const OPENERS: ReadonlyMap<number, readonly number[]> = new Map([
  [0x201c, [0x201d, 0x201c]], // “ … ” (or “ … “ after a careless conversion)
  [0x201e, [0x201c, 0x201d]], // „ … “
  [0xab, [0xbb]], // « … »
  [0xbb, [0xab]], // » … « (Danish, German)
  [0x300c, [0x300d]], // 「 … 」
  [0x300e, [0x300f]], // 『 … 』
  [0x22, [0x22]], // " … "
]);
const MAX_QUOTE = 3000;

/** One quoted passage, quotation marks excluded. */
export interface QuoteRange {
  readonly start: number;
  readonly end: number;
}

/** The quoted passages of `text[from, to)`, in order. Linear: each mark is visited once. */
export function findQuotes(text: string, from = 0, to: number = text.length): QuoteRange[] {
  const quotes: QuoteRange[] = [];
  let open = -1;
  let closers: readonly number[] = [];
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (open >= 0) {
      if (closers.includes(unit)) {
        if (i > open + 1) quotes.push({ start: open + 1, end: i });
        open = -1;
        continue;
      }
      const paragraphBreak = unit === 0x0a && i + 1 < to && text.charCodeAt(i + 1) === 0x0a;
      if (i - open > MAX_QUOTE || paragraphBreak) open = -1;
      else continue;
    }
    const forUnit = OPENERS.get(unit);
    if (forUnit) {
      open = i;
      closers = forUnit;
    }
  }
  return quotes;
}
