/**
 * Hedges and bounds written before a number (`more than 30 years`, `an estimated 650,000`),
 * written by hand from common English news usage. Longest phrases first, so that `just over`
 * wins over `over`. Each entry is the phrase in lower case and the modifier reported for it.
 *
 * @module
 * @internal
 */
export const MODIFIERS: readonly (readonly [phrase: string, modifier: string])[] = [
  ['an estimated', 'estimated'],
  ['as many as', 'as many as'],
  ['as much as', 'as much as'],
  ['as few as', 'as few as'],
  ['as little as', 'as little as'],
  ['in excess of', 'more than'],
  ['upwards of', 'more than'],
  ['more than', 'more than'],
  ['less than', 'less than'],
  ['fewer than', 'fewer than'],
  ['greater than', 'more than'],
  ['just over', 'just over'],
  ['just under', 'just under'],
  ['well over', 'over'],
  ['at least', 'at least'],
  ['at most', 'at most'],
  ['no more than', 'at most'],
  ['up to', 'up to'],
  ['close to', 'about'],
  ['nearly', 'nearly'],
  ['almost', 'almost'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['some', 'about'],
  ['estimated', 'estimated'],
  ['over', 'over'],
  ['under', 'under'],
  ['above', 'over'],
  ['below', 'under'],
  ['exactly', 'exactly'],
  ['only', 'only'],
  ['just', 'only'],
];

/** Longest modifier phrase in words, which bounds the look-back. */
export const MAX_MODIFIER_WORDS = 4;
