/**
 * What a page states about its article in metadata: the JSON-LD `NewsArticle` (or `Article`,
 * `BlogPosting`, `Report`…) headline, publication date and body; OpenGraph, Twitter card and
 * Dublin Core `<meta>` tags; `<time datetime>`; the document `<title>`. Read in that order of
 * trust, each only when it is well formed.
 *
 * @module
 * @internal
 */
import { isoDay } from '../published.js';
import { collapse, type HtmlMetadata } from './parse.js';

/** The article as the page's metadata describes it. */
export interface StatedArticle {
  /** Headline from JSON-LD, OpenGraph, Twitter card or `<title>`, in that order. */
  readonly headline: string | null;
  /** Whether {@link headline} comes from the document `<title>` (which carries the site name). */
  readonly headlineFromDocumentTitle: boolean;
  /** Publication date as ISO `YYYY-MM-DD`. */
  readonly published: string | null;
  /** JSON-LD `articleBody`, white space collapsed. */
  readonly articleBody: string | null;
  /** OpenGraph, Twitter card or `<meta name=description>` description, white space collapsed. */
  readonly description: string | null;
}

/** JSON-LD scripts longer than this are not parsed (they are data dumps, not page metadata). */
const MAX_JSON_LD = 2_000_000;
/** How deep a JSON-LD graph is searched for the article node. */
const MAX_JSON_DEPTH = 6;

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|SocialMediaPosting)$/;

interface JsonArticle {
  headline?: string;
  datePublished?: string;
  articleBody?: string;
}

function isArticleNode(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** The first article node of a JSON-LD value (top level, arrays, `@graph`, `mainEntity`). */
function findArticleNode(value: unknown, depth: number): JsonArticle | null {
  if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticleNode(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const node = value as Record<string, unknown>;
  if (isArticleNode(node)) {
    const article: JsonArticle = {};
    if (typeof node.headline === 'string') article.headline = node.headline;
    else if (typeof node.name === 'string') article.headline = node.name;
    if (typeof node.datePublished === 'string') article.datePublished = node.datePublished;
    else if (typeof node.dateCreated === 'string') article.datePublished = node.dateCreated;
    if (typeof node.articleBody === 'string') article.articleBody = node.articleBody;
    return article;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = findArticleNode(node[key], depth + 1);
    if (found) return found;
  }
  return null;
}

function jsonLdArticle(scripts: readonly string[]): JsonArticle | null {
  for (const script of scripts) {
    if (script.length > MAX_JSON_LD) continue;
    let value: unknown;
    try {
      value = JSON.parse(script.trim());
    } catch {
      continue;
    }
    const found = findArticleNode(value, 0);
    if (found) return found;
  }
  return null;
}

/** `YYYY-MM-DD` at the start of a date-time string (ISO 8601 or RFC 3339), if valid. */
export function isoDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** Meta tags that state a publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'publishdate',
  'pubdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
];

const TITLE_META = ['og:title', 'twitter:title', 'headline'];

/** Reads what the metadata states. */
export function statedArticle(metadata: HtmlMetadata): StatedArticle {
  const json = jsonLdArticle(metadata.jsonLd);
  let headline: string | null = null;
  let fromDocumentTitle = false;
  if (json?.headline) headline = collapse(json.headline);
  for (const key of TITLE_META) {
    if (headline) break;
    const value = metadata.meta.get(key);
    if (value) headline = collapse(value);
  }
  if (!headline && metadata.documentTitle) {
    headline = metadata.documentTitle;
    fromDocumentTitle = true;
  }
  let published = isoDate(json?.datePublished);
  for (const key of DATE_META) {
    if (published) break;
    published = isoDate(metadata.meta.get(key));
  }
  if (!published) {
    const time = metadata.times.find((t) => t.inArticle) ?? metadata.times[0];
    published = isoDate(time?.datetime);
  }
  const description =
    metadata.meta.get('og:description') ??
    metadata.meta.get('twitter:description') ??
    metadata.meta.get('description');
  return {
    headline: headline || null,
    headlineFromDocumentTitle: fromDocumentTitle,
    published,
    articleBody: json?.articleBody ? collapse(json.articleBody) : null,
    description: description ? collapse(description) : null,
  };
}
