/**
 * What an element's tag, role, class and id say about the lines inside it: navigation, a
 * comment section, related stories, share buttons, promotions, a byline, a caption, legal
 * notices. A cue is evidence, not a verdict: an element whose cue would cover most of the page's
 * prose (a `<div class="page has-comments">` around everything) is ignored later
 * ({@link HtmlLine.cue} is checked against the page in `strip.ts`).
 *
 * @module
 * @internal
 */

import { isAsciiUpper } from '../../chars.js';
import {
  CLASS_CUE_EXCEPTIONS,
  CLASS_CUE_STEMS,
  CLASS_CUE_TOKENS,
  HIDDEN_CLASSES,
} from '../data/html-cues.js';
import type { BlockReason } from '../types.js';

/** A furniture element, with the nearest furniture element around it. */
export interface AncestorCue {
  /** Order of the element among the page's cued elements. */
  readonly id: number;
  readonly reason: BlockReason;
  /** The nearest cued element that contains this one. */
  readonly parent: AncestorCue | null;
}

/** Tags that are furniture by themselves, and their reason. */
const TAG_CUES: ReadonlyMap<string, BlockReason> = new Map<string, BlockReason>([
  ['nav', 'navigation'],
  ['aside', 'related'],
  ['footer', 'navigation'],
  ['figcaption', 'credits'],
  ['form', 'promo'],
  ['menu', 'navigation'],
  ['dialog', 'promo'],
]);

/** ARIA roles that are furniture. */
const ROLE_CUES: ReadonlyMap<string, BlockReason> = new Map<string, BlockReason>([
  ['navigation', 'navigation'],
  ['banner', 'navigation'],
  ['contentinfo', 'navigation'],
  ['complementary', 'related'],
  ['menu', 'navigation'],
  ['menubar', 'navigation'],
  ['search', 'navigation'],
  ['dialog', 'promo'],
  ['alertdialog', 'promo'],
]);

/** Class words that make an element a share bar even when it names a network ("share-twitter"). */
const SHARE_WORDS: ReadonlySet<string> = new Set(['share', 'shares', 'sharing', 'sharebar']);
/** Class words of an embedded post, which the article quotes. */
const EMBED_WORDS: ReadonlySet<string> = new Set(['embed', 'embedded', 'tweet', 'twitter']);

/** Lower-case words of a class or id value, camelCase split: `relatedStories` → related, stories. */
function classWords(value: string): string[] {
  const end = Math.min(value.length, 300);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    const letter = upper || (c >= 0x61 && c <= 0x7a);
    if (!letter) {
      if (start >= 0) words.push(value.slice(start, i).toLowerCase());
      start = -1;
    } else if (start < 0) start = i;
    else if (upper && !isAsciiUpper(value.charCodeAt(i - 1))) {
      words.push(value.slice(start, i).toLowerCase());
      start = i;
    }
  }
  if (start >= 0) words.push(value.slice(start, end).toLowerCase());
  return words;
}

/** The cue of a class or id word, if any. */
export function classWordCue(word: string): BlockReason | null {
  const exact = CLASS_CUE_TOKENS.get(word);
  if (exact !== undefined) return exact;
  if (CLASS_CUE_EXCEPTIONS.has(word)) return null;
  for (const [stem, reason] of CLASS_CUE_STEMS) if (word.startsWith(stem)) return reason;
  return null;
}

/** Cues of class values already seen (pages repeat the same few hundred). */
const cueCache = new Map<string, BlockReason | null>();
const CACHE_LIMIT = 5000;

/** The cue of a class value, cached (ids are mostly unique and are not cached). */
function classCue(value: string): BlockReason | null {
  const cached = cueCache.get(value);
  if (cached !== undefined) return cached;
  const cue = computeValueCue(value, true);
  if (cueCache.size >= CACHE_LIMIT) cueCache.clear();
  cueCache.set(value, cue);
  return cue;
}

function computeValueCue(value: string, checkHidden: boolean): BlockReason | null {
  if (checkHidden && value.length <= 300) {
    for (const name of value.toLowerCase().split(/\s+/)) if (HIDDEN_CLASSES.has(name)) return 'navigation';
  }
  const words = classWords(value);
  // A share button names its network ("share-twitter"): the word "share" keeps it a share bar.
  if (words.some((word) => SHARE_WORDS.has(word))) return 'share';
  // An embedded post (a tweet in a "social-media-embed") is quoted by the article.
  if (words.some((word) => EMBED_WORDS.has(word))) return EMBEDDED;
  for (const word of words) {
    const cue = classWordCue(word);
    if (cue !== null) return cue;
  }
  return null;
}

/** Marks an embedded post in the cache (no cue, and the id is not looked at). */
const EMBEDDED = 'embedded' as BlockReason;

/** The furniture reason an element's own markup gives, or null. */
export function cueOfElement(name: string, attributes: Record<string, string>): BlockReason | null {
  const byTag = TAG_CUES.get(name);
  if (byTag !== undefined) return byTag;
  const role = attributes.role;
  if (role !== undefined) {
    const byRole = ROLE_CUES.get(role.toLowerCase());
    if (byRole !== undefined) return byRole;
  }
  const byClass = attributes.class === undefined ? null : classCue(attributes.class);
  if (byClass === EMBEDDED) return null;
  if (byClass !== null) return byClass;
  const byId = attributes.id === undefined ? null : computeValueCue(attributes.id, false);
  return byId === EMBEDDED ? null : byId;
}
