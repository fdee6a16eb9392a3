/**
 * Quotation marks. Hand-written from the Unicode quotation-mark characters that English news
 * text uses (straight, curly, low-9 and guillemets as they appear in machine-translated copy).
 */

/** Double marks that can only open a quotation. */
export const OPENING_DOUBLE: ReadonlySet<number> = new Set([0x201c, 0x201e, 0x00ab, 0x201f]);

/** Double marks that can only close a quotation. */
export const CLOSING_DOUBLE: ReadonlySet<number> = new Set([0x201d, 0x00bb]);

/** Double marks whose direction depends on the characters around them. */
export const AMBIGUOUS_DOUBLE: ReadonlySet<number> = new Set([0x22, 0x2033]);

/** Single marks that open a nested quotation. */
export const OPENING_SINGLE: ReadonlySet<number> = new Set([0x2018, 0x201a]);

/** Single marks that close a nested quotation (or are an apostrophe: told apart by context). */
export const CLOSING_SINGLE: ReadonlySet<number> = new Set([0x2019]);

/** The straight apostrophe, used both as a nested quotation mark and as an apostrophe. */
export const STRAIGHT_SINGLE = 0x27;
