/**
 * Page-furniture phrases: the wording of menus, share bars, comment sections, "related" lists,
 * app banners and legal footers that web page templates use. Written by hand from general
 * knowledge of news and blog templates (English, with the commonest equivalents in a few other
 * languages); not derived from any evaluation set.
 *
 * A line matches when, lower-cased and with leading counts and trailing punctuation removed,
 * it equals a `WHOLE_LINE` phrase, or (for lines up to {@link PREFIX_MAX_LENGTH} characters)
 * starts with a `LINE_START` phrase.
 *
 * @module
 * @internal
 */
import type { BlockReason } from '../types.js';

/** Lines longer than this are never matched by a `LINE_START` phrase: they may be prose. */
export const PREFIX_MAX_LENGTH = 90;

/** Lines longer than this are never matched by a `WHOLE_LINE` phrase. */
export const WHOLE_MAX_LENGTH = 60;

type PhraseTable = Readonly<Partial<Record<BlockReason, string>>>;

/** Whole lines that are furniture whatever the page. Phrases are separated by `|`. */
const WHOLE_LINE: PhraseTable = {
  navigation:
    'skip to main content|skip to content|skip to navigation|skip navigation|main menu|menu|' +
    'home|homepage|search|close|open|toggle navigation|navigation|sections|all sections|' +
    'sign in|sign out|log in|login|log out|logout|register|my account|account|profile|' +
    'back to top|top|next|previous|prev|next article|previous article|next post|previous post|' +
    'load more|show more|see more|view more|see all|view all|show all|more news|more stories|' +
    'contact|contact us|about|about us|help|faq|sitemap|site map|careers|jobs|advertise|' +
    'news|world|politics|business|sport|sports|tech|technology|science|health|opinion|' +
    'entertainment|culture|lifestyle|travel|video|videos|photos|podcasts|weather|live|' +
    'español|english|français|deutsch|menü|startseite|accueil|inicio|suche|recherche|buscar',
  share:
    'share|share this|share this article|share this story|share on facebook|share on twitter|' +
    'share via email|tweet|facebook|twitter|x|email|e-mail|print|copy link|link copied|' +
    'whatsapp|linkedin|pinterest|reddit|telegram|flipboard|messenger|share article|' +
    'teilen|partager|compartir|condividi|compartilhar',
  comments:
    'comments|comment|post a comment|leave a comment|leave a reply|add a comment|add comment|' +
    'reply|replydelete|reply delete|delete|show comments|view comments|hide comments|' +
    'join the discussion|join the conversation|discussion|comments are closed|' +
    'newest|oldest|most voted|kommentare|commentaires|comentarios|commenti|comentários',
  related:
    'more|related|related articles|related stories|related posts|related news|related content|' +
    'related links|related coverage|related reading|further reading|' +
    'related topics|read more|read next|read also|also read|more from|more on this story|' +
    'popular|popular posts|popular posts from this blog|most popular|most read|most viewed|' +
    'trending|trending now|recommended|recommended for you|you may also like|you might also like|' +
    'more stories|top stories|latest|latest news|latest stories|editors picks|editor s picks|' +
    'see also|in other news|around the web|from the web|what to read next|more like this|' +
    'we recommend|recommended stories|like this article|you may like|you might like|more for you|' +
    'about the author|about the authors|more from this author|other stories|explore further|' +
    'weitere artikel|à lire aussi|lire aussi|leia também|leggi anche|baca juga',
  promo:
    'advertisement|advertising|advert|ad|ads|sponsored|sponsored content|promoted|paid content|' +
    'subscribe|subscribe now|sign up|newsletter|newsletters|get the app|download the app|' +
    'open in app|open app|continue|continue reading|get notifications|' +
    'be the first to know|watch live|listen|listen to this article|play video|watch video|anzeige|' +
    'publicité|publicidad|pubblicità',
  legal:
    'privacy|privacy policy|cookie policy|cookies|terms|terms of use|terms of service|' +
    'terms and conditions|terms conditions|all rights reserved|accessibility|imprint|impressum|' +
    'do not sell my personal information|cookie settings|manage cookies|accept|accept all',
  metadata: 'tags|topics|filed under|categories|category|updated|published|min read|read time',
};

/** Line openings that mark furniture in a line of up to {@link PREFIX_MAX_LENGTH} characters. */
const LINE_START: PhraseTable = {
  navigation: 'skip to|you are here|back to',
  share:
    'share this|share on|share via|follow us|follow on|click to share|click to email|click to print|click to tweet',
  comments:
    'comments (|responses to|thoughts on|replies to|view comments|show comments|leave a comment|post a comment|log in to comment|sign in to comment',
  related:
    'related:|related articles|related stories|related coverage|related content|related reading|' +
    'next up|up next|read more:|read more about|also read:|read also:|' +
    'see also:|more from|more on|popular posts|most read|recommended:|you may also like|watch:|' +
    'listen:|lire aussi|leia também|leggi anche|baca juga',
  promo:
    'advertisement|sponsored by|subscribe to|sign up for|sign up to|get our|download our|' +
    'download the|get the|get browser notifications|install the|open the app|join our|' +
    'support our journalism|become a member|already a subscriber|already have an account|' +
    'this article is for subscribers|click here|tap here',
  legal:
    '©|copyright|(c) 20|all rights reserved|this site uses cookies|we use cookies|by using this site|' +
    'by continuing|privacy policy|terms of use|this material may not be published',
  credits:
    'image caption|image copyright|media caption|caption:|pictured:|photo:|photo by|photos:|photograph:|image:|image by|picture:|credit:|credits:|source:|' +
    'getty images|(ap photo|(reuters|(afp|file photo|foto:|bild:|fotó:',
  metadata:
    'by |published |posted |updated |last updated|first published|written by|words by|' +
    'reporting by|editing by|date |von |por |par |di |oleh |автор|citation:',
};

function toMap(table: PhraseTable): ReadonlyMap<string, BlockReason> {
  const map = new Map<string, BlockReason>();
  for (const [reason, phrases] of Object.entries(table) as [BlockReason, string][]) {
    for (const phrase of phrases.split('|')) map.set(phrase, reason);
  }
  return map;
}

/** Normalised whole line → reason. */
export const WHOLE_LINE_PHRASES: ReadonlyMap<string, BlockReason> = toMap(WHOLE_LINE);

/** Line opening → reason, longest first so that the most specific opening wins. */
export const LINE_START_PHRASES: readonly (readonly [string, BlockReason])[] = [
  ...toMap(LINE_START).entries(),
].sort((a, b) => b[0].length - a[0].length);

/**
 * Reasons whose whole-line match marks the end of the article when it follows article text
 * (a comment section's heading, a "related" or "most read" list).
 */
export const ENDING_REASONS: ReadonlySet<BlockReason> = new Set<BlockReason>(['comments', 'related']);
