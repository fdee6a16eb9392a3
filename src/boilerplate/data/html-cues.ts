/**
 * Class and id words that name page furniture. Written by hand from the naming conventions of
 * common publishing systems and templates (WordPress, Drupal, Arc, BEM-style front ends) and the
 * class lists that Mozilla Readability and jusText document as unlikely candidates; not derived
 * from any evaluation set.
 *
 * @module
 * @internal
 */
import type { BlockReason } from '../types.js';

/** Whole words (after splitting on punctuation and camelCase) and what they mark. */
export const CLASS_CUE_TOKENS: ReadonlyMap<string, BlockReason> = new Map<string, BlockReason>([
  ['nav', 'navigation'],
  ['navbar', 'navigation'],
  ['menu', 'navigation'],
  ['breadcrumb', 'navigation'],
  ['breadcrumbs', 'navigation'],
  ['sidebar', 'related'],
  ['footer', 'navigation'],
  ['masthead', 'navigation'],
  ['skip', 'navigation'],
  ['pagination', 'navigation'],
  ['pager', 'navigation'],
  ['ad', 'promo'],
  ['ads', 'promo'],
  ['adv', 'promo'],
  ['banner', 'promo'],
  ['byline', 'metadata'],
  ['bylines', 'metadata'],
  ['dateline', 'metadata'],
  ['timestamp', 'metadata'],
  ['tags', 'metadata'],
  ['caption', 'credits'],
  ['credit', 'credits'],
  ['credits', 'credits'],
  ['copyright', 'legal'],
  ['cookie', 'legal'],
  ['cookies', 'legal'],
  ['consent', 'legal'],
  ['gdpr', 'legal'],
  ['tooltip', 'navigation'],
  ['modal', 'promo'],
  ['popup', 'promo'],
  ['widget', 'related'],
  ['teaser', 'related'],
  ['teasers', 'related'],
  ['outbrain', 'related'],
  ['taboola', 'related'],
  ['disqus', 'comments'],
  ['respond', 'comments'],
]);

/**
 * Whole class names of text that is hidden from sighted readers (screen-reader text, hidden
 * utility classes). Responsive variants such as `hidden-xs` hide only on some screens and are
 * not listed.
 */
export const HIDDEN_CLASSES: ReadonlySet<string> = new Set([
  'hidden',
  'hide',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'offscreen',
  'd-none',
]);

/** Word beginnings (`comment` for comments, commentlist…) and what they mark. */
export const CLASS_CUE_STEMS: readonly (readonly [string, BlockReason])[] = [
  ['comment', 'comments'],
  ['related', 'related'],
  ['recommend', 'related'],
  ['trending', 'related'],
  ['popular', 'related'],
  ['mostread', 'related'],
  ['share', 'share'],
  ['sharing', 'share'],
  ['social', 'share'],
  ['newsletter', 'promo'],
  ['subscri', 'promo'],
  ['signup', 'promo'],
  ['promo', 'promo'],
  ['advert', 'promo'],
  ['sponsor', 'promo'],
  ['paywall', 'promo'],
  ['breadcrumb', 'navigation'],
  // The same words in the other languages of common templates (Portuguese, Spanish, Italian,
  // German, French): comentario(s), commenti, kommentar(e), commentaire(s); relacionad(as),
  // correlat(i), verwandt; compartir, condivid(i), teilen, partage(r); publicidad(e),
  // pubblicit(à), werbung, publicité; assine/assinatura (subscribe).
  ['coment', 'comments'],
  ['kommentar', 'comments'],
  ['relacionad', 'related'],
  ['correlat', 'related'],
  ['verwandt', 'related'],
  ['compartir', 'share'],
  ['condivid', 'share'],
  ['teilen', 'share'],
  ['partage', 'share'],
  ['publicidad', 'promo'],
  ['pubblicit', 'promo'],
  ['werbung', 'promo'],
  ['publicit', 'promo'],
  ['assinatura', 'promo'],
];

/** Words that begin like a stem but name something else. */
export const CLASS_CUE_EXCEPTIONS: ReadonlySet<string> = new Set(['commentary', 'shared', 'popularity']);
